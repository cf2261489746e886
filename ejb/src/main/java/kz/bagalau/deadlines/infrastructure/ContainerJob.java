package kz.bagalau.deadlines.infrastructure;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * A Quartz job that hands its work to the container: Quartz's threads are not container threads, so the work
 * runs on the managed executor (naming, CDI, transactions) and the job waits for it. One run at a time per job,
 * across the cluster.
 */
@DisallowConcurrentExecution
abstract class ContainerJob implements Job {

    /** The work, already bound to the managed executor by {@link QuartzScheduler}. */
    interface Work {
        void run() throws Exception;
    }

    private final Work work;

    ContainerJob(Work work) {
        this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            work.run();
        } catch (Exception e) {
            throw new JobExecutionException(e, false);
        }
    }

    /** Fires what fell due in every region (the deadline sweep). */
    @DisallowConcurrentExecution
    static final class Sweep extends ContainerJob {
        Sweep(Work work) {
            super(work);
        }
    }

    /** Delivers every region's due mails. */
    @DisallowConcurrentExecution
    static final class Delivery extends ContainerJob {
        Delivery(Work work) {
            super(work);
        }
    }
}
