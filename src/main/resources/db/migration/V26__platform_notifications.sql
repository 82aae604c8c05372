-- Notifications move from emulation to the platform inbox every module posts to: same rows, a neutral table.
-- The movement is already in each row's link, so the column naming it goes.
alter table emulation_notification rename to platform_notification;
alter table platform_notification drop column movement_id;
alter index ix_emulation_notification_recipient rename to ix_platform_notification_recipient;
