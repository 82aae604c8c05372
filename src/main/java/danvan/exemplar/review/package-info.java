/**
 * Stage reviews (sơ kết, tổng kết giai đoạn) with the honoured list handed to commendation, the annual counts, and
 * the figures reporting quotes. Internal to the module.
 */
package danvan.exemplar.review;
