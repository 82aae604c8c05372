/**
 * Registration (đăng ký): the Exemplar aggregate with the ten items of the form, its typed figures, stage entries
 * and history, photos and documents checked by content, and who may read and change it. The aggregate refuses a
 * transition from the wrong state. Internal to the module.
 */
package danvan.exemplar.register;
