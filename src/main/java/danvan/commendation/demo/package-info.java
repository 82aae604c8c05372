/**
 * The 2020 story's demo data: the board's decision 125-QĐ/BDVHU, the medal nominations, earlier awards and a draft. Internal to the module.
 */
package danvan.commendation.demo;
