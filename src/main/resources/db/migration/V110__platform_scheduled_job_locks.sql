-- Scheduled work runs once per cluster: a node runs a job only while it holds the job's row (ShedLock's table).
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
