package kz.bagalau.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.bagalau.administration.application.TenantAdministration;
import kz.bagalau.cycle.application.NotificationService;
import kz.bagalau.cycle.application.ScheduleService;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.deadlines.application.ClockWatch;
import kz.bagalau.deadlines.application.DeadlineSweep;
import kz.bagalau.deadlines.application.OutboxService;
import kz.bagalau.deadlines.infrastructure.QuartzScheduler;
import kz.bagalau.evaluation.application.EvaluationSetup;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.national.application.NationalBoardService;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.time.ShiftableClock;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.domain.TenantSettings;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines that run themselves, against the real scheduler, the real outbox and a real SMTP server (GreenMail,
 * started inside the server on the port the suite gives the portal). Each test plays its own region's year 2027
 * with its own reporting date and moves the one clock to just before a firing; moving the clock skips what it
 * jumps over, so only the firing the test aims at fires.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineMailIT {

    private static final int YEAR = 2027;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Callers callers;

    @Inject
    EvaluationFixture fixture;

    @Inject
    ShiftableClock clock;

    @Inject
    ScheduleService schedules;

    @Inject
    EvaluationSetup setup;

    @Inject
    ReportingService reporting;

    @Inject
    NotificationService notices;

    @Inject
    OutboxService outbox;

    @Inject
    QuartzScheduler scheduler;

    @Inject
    TenantDirectory tenants;

    @Inject
    DeadlineSweep sweep;

    @Inject
    TenantAdministration tenantAdministration;

    @Inject
    NationalBoardService board;

    @Resource
    ManagedExecutorService executor;

    private GreenMail smtp;

    @BeforeEach
    void startTheMailServer() {
        smtp = mailServer();
    }

    @AfterEach
    void stopTheMailServerAndGoBackToTheSuitesDate() throws Exception {
        scheduler.standby(false);
        clock.reset();
        smtp.stop();
    }

    @Test
    @DisplayName("¶6, ¶7.1: a reminder 14 days before reporting reaches only the body that has not submitted, in its language, with the deadline as a calendar event; re-approving plans nothing twice")
    void should_remind_only_the_body_that_has_not_submitted() throws Exception {
        String region = "almaty-region";
        Year year = givenAnApprovedYear(region, LocalDate.of(2028, 3, 1));

        clock.shiftTo(Instant.parse("2028-02-16T03:59:50Z"));
        MimeMessage mail = awaitOne(year.late().address());

        assertThat(mail.getSubject()).contains(tenants.get(region).nameRu()).contains("14");
        assertThat(text(mail)).contains("BEGIN:VCALENDAR").contains("DTSTART").contains("Ещё не выполнено");
        assertThat(mail.getFrom()[0].toString()).contains("=?UTF-8?");
        pause(Duration.ofSeconds(4));
        assertThat(to(year.onTime().address())).as("a body that submitted is not reminded").isEmpty();
        assertThat(to(region + ".akim@bagalau.example")).as("reporting reminders go to bodies only").isEmpty();
        assertThat(callers.as(year.late().username(), () -> notices.unread()))
                .anySatisfy(n -> assertThat(n.argument()).isEqualTo(mail.getSubject()));

        clock.reset();
        callers.as(region + ".planning", () -> schedules.draft(YEAR, LocalDate.of(2028, 3, 1)));
        callers.as(region + ".akim", () -> schedules.approve(YEAR));
        List<OutboxService.FiringRow> plan = callers.as(region + ".apparatus", () -> outbox.ofYear(YEAR));
        assertThat(plan).filteredOn(f -> f.step().equals("REPORTING") && f.kind().equals("REMINDER")
                && f.offsetDays() == 14).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo("DONE"));
        assertThat(plan).as("six steps with five reminders and the deadline each, planned once").hasSize(36);
    }

    @Test
    @DisplayName("¶6, ¶62-¶64: at the reporting deadline the late body is locked, recorded as a breach and escalated to the akim; the akim's extension lets it finish")
    void should_lock_record_and_escalate_a_missed_deadline() throws Exception {
        String region = "north-kazakhstan";
        Year year = givenAnApprovedYear(region, LocalDate.of(2028, 3, 6));

        clock.shiftTo(Instant.parse("2028-03-06T18:59:50Z"));
        MimeMessage escalation = awaitOne(region + ".akim@bagalau.example");
        assertThat(text(escalation)).contains(year.lateBodyCode()).doesNotContain(year.onTimeBodyCode());
        assertThat(awaitOne(region + ".apparatus@bagalau.example")).isNotNull();
        try (Connection c = Sql.asOwner()) {
            assertThat(Sql.count(c, "select count(*) from audit_entry where tenant_id = ? and action = 'DEADLINE_MISSED'"
                    + " and after_state ->> 'body' = ? and actor = 'scheduler'", region,
                    String.valueOf(year.lateBodyId()))).isEqualTo(1);
        }

        callers.as(year.late().username(), () -> {
            long direction = reporting.form(YEAR).directions().get(0).id();
            assertThatThrownBy(() -> reporting.submit(direction)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("deadline.passed"));
        });
        callers.as(region + ".akim", () -> schedules.extend(YEAR, CycleStep.REPORTING, year.lateBodyId(), null, null,
                LocalDate.of(2028, 3, 10), "Басшы ауысты"));
        fixture.submitAll(year.late().username(), YEAR);
    }

    @Test
    @DisplayName("¶6: a reminder that fell due while the scheduler was stopped is sent once after it resumes, marked as sent late")
    void should_send_a_reminder_missed_during_downtime_once_and_late() throws Exception {
        String region = "turkistan";
        Year year = givenAnApprovedYear(region, LocalDate.of(2028, 3, 13));

        clock.shiftTo(Instant.parse("2028-03-06T03:59:40Z"));
        pause(Duration.ofSeconds(5));
        scheduler.standby(true);
        pause(Duration.ofSeconds(30));
        assertThat(to(year.late().address())).as("nothing fires while stopped").isEmpty();
        scheduler.standby(false);

        MimeMessage mail = awaitOne(year.late().address());
        assertThat(mail.getSubject()).startsWith("[отправлено с опозданием]");
        pause(Duration.ofSeconds(4));
        assertThat(to(year.late().address())).hasSize(1);
        assertThat(callers.as(region + ".apparatus", () -> outbox.ofYear(YEAR)))
                .filteredOn(f -> f.step().equals("REPORTING") && f.offsetDays() == 7 && f.kind().equals("REMINDER"))
                .singleElement().satisfies(f -> assertThat(f.firedLate()).isTrue());
        assertThat(callers.as(region + ".apparatus", () -> outbox.recent(50)))
                .filteredOn(m -> m.address().equals(year.late().address())).singleElement()
                .satisfies(m -> assertThat(m.sentLate()).isTrue());
    }

    @Test
    @DisplayName("issue 11, ¶6: a suspended region's reminders pause; resumed, the reminder that fell due is sent once, in the region's branding")
    void should_pause_a_suspended_regions_reminders_until_it_is_resumed() throws Exception {
        String region = "astana";
        Year year = givenAnApprovedYear(region, LocalDate.of(2028, 3, 27));
        TenantSettings before = settingsOf(tenants.get(region));
        callers.as("admin", () -> tenantAdministration.configure(region, new TenantSettings(before.timeZone(), "kk",
                "Астана қаласының әкімдігі", "bagalau@astana.example", "14,7,1", "#005f73")));
        callers.as("admin", () -> tenantAdministration.suspend(region, "Әкімшілік-аумақтық өзгеріс"));
        try {
            clock.shiftTo(Instant.parse("2028-03-13T03:59:50Z"));
            pause(Duration.ofSeconds(20));
            assertThat(to(year.late().address())).as("nothing goes out while the region is suspended").isEmpty();
        } finally {
            callers.as("admin", () -> tenantAdministration.resume(region));
        }
        MimeMessage mail;
        try {
            mail = awaitOne(year.late().address());
        } finally {
            callers.as("admin", () -> tenantAdministration.configure(region, before));
        }
        assertThat(mail.getSubject()).contains("14");
        assertThat(((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getPersonal())
                .isEqualTo("Астана қаласының әкімдігі");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("bagalau@astana.example");
        assertThat(text(mail)).contains("border-top:6px solid #005f73");
        pause(Duration.ofSeconds(4));
        assertThat(to(year.late().address())).hasSize(1);
    }

    private static TenantSettings settingsOf(TenantSummary t) {
        return new TenantSettings(t.timeZone(), t.defaultLocale(), t.mailSenderName(), t.mailReplyTo(),
                t.reminderOffsets().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")),
                t.brandColour());
    }

    @Test
    @DisplayName("¶6: a mail the SMTP server refuses is retried, then marked failed; a resend delivers it once")
    void should_retry_a_refused_mail_then_fail_it_and_resend_it_once() throws Exception {
        String region = "jambyl";
        Year year = givenAnApprovedYear(region, LocalDate.of(2028, 3, 20));
        smtp.stop();

        clock.shiftTo(Instant.parse("2028-03-19T03:59:50Z"));
        OutboxService.MailRow failed = await(() -> callers.as(region + ".apparatus", () -> outbox.recent(50)).stream()
                .filter(m -> m.address().equals(year.late().address()) && m.status().equals("FAILED")).findFirst()
                .orElse(null));
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(callers.as("admin", () -> TenantContext.callAs(TenantAccess.readWrite(region),
                () -> outbox.recent(50)))).as("the platform administrator looking into the region sees it too")
                .extracting(OutboxService.MailRow::id).contains(failed.id());

        callers.as("karaganda.apparatus", () -> {
            assertThatThrownBy(() -> outbox.resend(failed.id())).as("another region's mail does not exist there")
                    .isInstanceOf(NotFoundException.class);
        });
        callers.as(region + ".body1", () -> {
            assertThatThrownBy(() -> outbox.recent(10)).as("a body has no outbox").isInstanceOf(EJBAccessException.class);
        });
        smtp = mailServer();
        callers.as(region + ".apparatus", () -> outbox.resend(failed.id()));
        MimeMessage mail = awaitOne(year.late().address());
        pause(Duration.ofSeconds(4));
        assertThat(to(year.late().address())).hasSize(1);
        assertThat(mail.getMessageID()).endsWith("@bagalau>");
        assertThat(callers.as(region + ".apparatus", () -> outbox.recent(50))).filteredOn(m -> m.id() == failed.id())
                .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo("SENT"));
    }

    @Test
    @DisplayName("¶6: three sweeps racing over the same region (as nodes of a cluster would) do each firing once and write each mail once")
    void should_do_each_firing_once_when_sweeps_race() throws Exception {
        String region = "atyrau";
        Year year = givenAnApprovedYear(region, LocalDate.of(2028, 3, 27));
        scheduler.standby(true);
        Instant movedTo = Instant.parse("2028-03-13T03:59:59Z");
        clock.shiftTo(movedTo);
        pause(Duration.ofSeconds(2));

        ClockWatch.Look look = new ClockWatch.Look(clock.instant(), Optional.of(movedTo));
        List<Future<Integer>> racing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            racing.add(executor.submit(() -> TenantContext.callAs(TenantAccess.readWrite(region),
                    () -> sweep.sweep(look))));
        }
        int fired = 0;
        for (Future<Integer> f : racing) {
            fired += f.get();
        }

        List<OutboxService.FiringRow> done = callers.as(region + ".apparatus", () -> outbox.ofYear(YEAR)).stream()
                .filter(f -> f.status().equals("DONE")).toList();
        assertThat(done).extracting(OutboxService.FiringRow::offsetDays).containsExactly(14);
        assertThat(fired).as("the racing sweeps together fired it once").isEqualTo(1);
        assertThat(callers.as(region + ".apparatus", () -> outbox.recent(50)))
                .filteredOn(m -> m.address().equals(year.late().address())).hasSize(1);
    }

    @Test
    @DisplayName("¶53, ¶6: on 15 August each ministry account gets one status mail, in its language, listing the regions whose 25 July report has not arrived")
    void should_tell_the_ministry_on_15_August_which_reports_have_not_arrived() throws Exception {
        Person ministry = withAddress("ministry", "ru");
        clock.shiftTo(Instant.parse("2027-08-15T03:59:57Z"));

        MimeMessage mail = awaitOne(ministry.address());

        Set<String> arrived = callers.as("ministry", () -> board.board(2026)).rows().stream()
                .filter(r -> r.cells().stream().anyMatch(c -> c.step().equals("AKIM_REPORT") && c.detail() != null
                        && c.detail().doneAt() != null))
                .map(r -> r.region().code()).collect(Collectors.toSet());
        String body = text(mail);
        List<TenantSummary> missing = tenants.all().stream().filter(t -> !arrived.contains(t.code())).toList();
        assertThat(missing).as("the suite's regions have not reported 2026").hasSizeGreaterThan(10);
        assertThat(mail.getSubject()).contains(missing.size() + " из " + tenants.all().size()).contains("25.07.2027");
        for (TenantSummary t : tenants.all()) {
            if (arrived.contains(t.code())) {
                assertThat(body).as(t.code()).doesNotContain("- " + t.nameRu() + "\n");
            } else {
                assertThat(body).as(t.code()).contains("- " + t.nameRu());
            }
        }
        pause(Duration.ofSeconds(6));
        assertThat(to(ministry.address())).as("written once: later sweeps send nothing more").hasSize(1);
    }

    /** Two new bodies of {@code region} with addresses; the year approved and opened; the first body submitted. */
    private Year givenAnApprovedYear(String region, LocalDate reportingDeadline) throws SQLException {
        EvaluationFixture.Created onTime = fixture.newBody(region, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created late = fixture.newBody(region, BodyType.REGIONAL_DEPARTMENT);
        Person onTimeUser = withAddress(onTime.username(), "kk");
        Person lateUser = withAddress(late.username(), "ru");
        callers.as(region + ".planning", () -> schedules.draft(YEAR, reportingDeadline));
        callers.as(region + ".akim", () -> schedules.approve(YEAR));
        callers.as(region + ".planning", () -> setup.openYear(YEAR));
        fixture.submitAll(onTime.username(), YEAR);
        return new Year(onTimeUser, lateUser, onTime.body().code(), late.body().code(), late.body().id());
    }

    /** The decoded text of every text part (plain, HTML, calendar) of a mail. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(text(parts.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        Object content = part.getContent();
        return content instanceof String s ? s : new String(((java.io.InputStream) content).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Person withAddress(String username, String locale) throws SQLException {
        String address = username + "@bagalau.example";
        try (Connection c = Sql.asOwner()) {
            Sql.update(c, "update app_user set email = ?, locale = ? where username = ?", address, locale, username);
        }
        return new Person(username, address);
    }

    private static GreenMail mailServer() {
        GreenMail server = new GreenMail(new ServerSetup(Integer.getInteger("test.smtp.port", 3126), "127.0.0.1",
                "smtp"));
        server.start();
        return server;
    }

    private MimeMessage awaitOne(String address) throws InterruptedException {
        return await(() -> to(address).stream().findFirst().orElse(null));
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static <T> T await(Supplier<T> found) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not there after " + PATIENCE);
    }

    private static void pause(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    private record Person(String username, String address) {
    }

    private record Year(Person onTime, Person late, String onTimeBodyCode, String lateBodyCode, long lateBodyId) {
    }
}
