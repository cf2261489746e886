-- ¶6: deadlines are mandatory but never a dead end. A schedule nobody approved by 1 December is approved by the
-- akim afterwards, with the reason, and recorded as a breach of decree ¶4; the other late paths are extensions
-- (deadline_extension), now also granted by the ministry for the akim's 25 July report.
alter table evaluation_cycle
    add column schedule_late_reason text;
