/**
 * The portal's domain events: what happened in a region, as immutable past-tense records that carry the
 * tenant, the evaluated year, the ids concerned, who and when. They live in the shared kernel because every
 * context may fire and hear them without depending on the others: a new capability is a listener, not an edit
 * in the services that cause the fact.
 *
 * <p>Services publish through {@link kz.bagalau.shared.event.DomainEvents} after the change and its audit
 * entry, inside the same transaction. A listener that writes (notices, the mail outbox, read models) observes
 * during the transaction and commits or rolls back with it; slow work observes {@code AFTER_SUCCESS}, runs on
 * its own thread, opens the event's tenant itself and closes it in {@code finally}. The audit entry stays the
 * service's own record, because only the service holds the state before and after.
 *
 * <table>
 *   <caption>Event → who fires it → who listens</caption>
 *   <tr><th>Event</th><th>Fired by</th><th>Listeners</th></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.BodyRegistered}, {@link kz.bagalau.shared.event.BodyReorganised}</td>
 *       <td>registry: BodyRegistry</td><td>— (the national read model, administration)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.EvaluationOpened}</td><td>evaluation: EvaluationSetup</td>
 *       <td>— (reporting rates of the national view)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.ReportSubmitted}, {@link kz.bagalau.shared.event.ReportReopened}</td>
 *       <td>evaluation: ReportingService, VerificationService</td>
 *       <td>— (reminders only to bodies that have not submitted; reporting rates)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.ScoresChanged}</td><td>evaluation: VerificationService</td>
 *       <td>— (the national read model)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.DocumentsRequested}</td><td>evaluation: VerificationService</td>
 *       <td>— (¶44 reminders before the due date)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.ConclusionSent}</td><td>evaluation: ConclusionService</td>
 *       <td>cycle: AppealCorrections (¶59, a correction answers the accepted appeal)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.ConclusionReceived}</td><td>evaluation: ConclusionService</td>
 *       <td>— (¶55 reminders before the appeal window closes)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.ScheduleDrafted}, {@link kz.bagalau.shared.event.ScheduleApproved}</td>
 *       <td>cycle: ScheduleService</td><td>deadlines: TriggerPlanner (the region-year's reminders and deadlines, on
 *       approval)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.DeadlineExtended}</td><td>cycle: ScheduleService</td>
 *       <td>— (triggers moved to the new date)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.StepRefusedAsLate}</td>
 *       <td>cycle: DeadlineGuard (in the refusal's own transaction)</td><td>— (the scheduler records breaches and
 *       escalates at the deadline itself)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.AppealFiled}</td><td>cycle: AppealService</td>
 *       <td>cycle: NotificationPolicy (the direction's evaluator)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.SpecialCommissionFormed}</td><td>cycle: AppealService</td>
 *       <td>— (¶58 reminders to the members)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.AppealDecided}</td><td>cycle: AppealService</td>
 *       <td>cycle: NotificationPolicy (the body)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.RecheckStarted}, {@link kz.bagalau.shared.event.RecheckClosed}</td>
 *       <td>cycle: RecheckService</td><td>cycle: NotificationPolicy (the evaluator, on start)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.DirectionFinalised}</td><td>cycle: CycleService</td>
 *       <td>— (the national read model)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.ExpertInvited}</td><td>cycle: GeneralEvaluationService</td>
 *       <td>cycle: NotificationPolicy (the expert)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.GeneralEvaluationAssembled}</td>
 *       <td>cycle: GeneralEvaluationService</td><td>— (progress)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.GeneralEvaluationSubmitted}</td>
 *       <td>cycle: GeneralEvaluationService</td>
 *       <td>cycle: NotificationPolicy (every body and the commission, ¶49)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.CommissionConcluded}</td><td>cycle: CycleService</td>
 *       <td>cycle: NotificationPolicy (the akim and the working body)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.ResultsDispatched}</td><td>cycle: CycleService</td>
 *       <td>cycle: NotificationPolicy (each body, ¶52)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.AkimReportSent}</td><td>cycle: CycleService</td>
 *       <td>cycle: NotificationPolicy (the planning body)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.ResultsPublished}</td><td>cycle: CycleService</td>
 *       <td>— (the national view, the public page)</td></tr>
 *   <tr><td>{@link kz.bagalau.shared.event.LiabilityProposed}</td><td>cycle: LiabilityService</td>
 *       <td>cycle: NotificationPolicy (the akim, ¶66)</td></tr>
 * </table>
 * Besides the listeners named above, every event of a year ({@link kz.bagalau.shared.event.YearEvent}) is heard by
 * national: NationalProjection, which recounts the region-year's rows of the national read model in the same
 * transaction. A dash names the listeners the next capabilities add (administration); the events already carry
 * what they need.
 */
package kz.bagalau.shared.event;
