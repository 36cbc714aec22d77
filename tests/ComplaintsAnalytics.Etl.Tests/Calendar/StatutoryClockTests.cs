using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class StatutoryClockTests
{
    // Wednesday 1 March 2023: no bank holiday until Good Friday, 7 April.
    private static readonly DateOnly Received = new(2023, 3, 1);
    private static readonly DateOnly LongAfter = new(2024, 1, 1);

    private readonly StatutoryClock _clock = new(WorkingDayCalendar.EnglandAndWales, new TimescaleSettings());

    [Fact]
    public void A_stage_1_complaint_answered_on_working_day_10_is_in_time()
    {
        var reading = _clock.Read("statutory", 1, Received, null, new DateOnly(2023, 3, 15), 0, LongAfter);
        Assert.Equal(new DateOnly(2023, 3, 15), reading.DeadlineDate);
        Assert.Equal(new DateOnly(2023, 3, 15), reading.BaseDeadlineDate);
        Assert.False(reading.Extended);
        Assert.Equal(10, reading.WorkingDaysTaken);
        Assert.True(reading.WithinTimescale);
        Assert.Equal(ClockStatus.RespondedInTime, reading.Status);
    }

    [Fact]
    public void A_stage_1_complaint_answered_on_working_day_11_without_an_extension_is_late()
    {
        var reading = _clock.Read("statutory", 1, Received, null, new DateOnly(2023, 3, 16), 0, LongAfter);
        Assert.Equal(11, reading.WorkingDaysTaken);
        Assert.False(reading.WithinTimescale);
        Assert.Equal(ClockStatus.RespondedLate, reading.Status);
    }

    [Fact]
    public void A_stage_1_complaint_extended_to_20_working_days_is_judged_against_the_extended_deadline()
    {
        var reading = _clock.Read("statutory", 1, Received, new DateOnly(2023, 3, 29), new DateOnly(2023, 3, 22), 0, LongAfter);
        Assert.Equal(new DateOnly(2023, 3, 29), reading.DeadlineDate);
        Assert.Equal(new DateOnly(2023, 3, 15), reading.BaseDeadlineDate);
        Assert.True(reading.Extended);
        Assert.False(reading.ExtendedBeyondMaximum);
        Assert.Equal(15, reading.WorkingDaysTaken);
        Assert.True(reading.WithinTimescale);
        Assert.Equal(ClockStatus.RespondedInTime, reading.Status);
    }

    [Fact]
    public void A_response_after_the_extended_deadline_is_late()
    {
        var reading = _clock.Read("statutory", 1, Received, new DateOnly(2023, 3, 29), new DateOnly(2023, 3, 30), 0, LongAfter);
        Assert.False(reading.WithinTimescale);
        Assert.Equal(ClockStatus.RespondedLate, reading.Status);
    }

    [Fact]
    public void A_stage_1_extension_beyond_20_working_days_is_flagged_for_reporting()
    {
        var reading = _clock.Read("statutory", 1, Received, new DateOnly(2023, 3, 30), new DateOnly(2023, 3, 30), 0, LongAfter);
        Assert.True(reading.Extended);
        Assert.True(reading.ExtendedBeyondMaximum);
        Assert.True(reading.WithinTimescale);
    }

    [Fact]
    public void An_extended_due_date_on_or_before_the_base_deadline_is_not_an_extension()
    {
        var reading = _clock.Read("statutory", 1, Received, new DateOnly(2023, 3, 15), new DateOnly(2023, 3, 16), 0, LongAfter);
        Assert.False(reading.Extended);
        Assert.Equal(new DateOnly(2023, 3, 15), reading.DeadlineDate);
        Assert.Equal(ClockStatus.RespondedLate, reading.Status);
    }

    [Fact]
    public void A_stage_2_investigation_is_due_in_25_working_days_and_may_extend_to_65()
    {
        var atBase = _clock.Read("statutory", 2, Received, null, null, 0, Received);
        Assert.Equal(new DateOnly(2023, 4, 5), atBase.DeadlineDate);

        var atMaximum = _clock.Read("statutory", 2, Received, new DateOnly(2023, 6, 7), new DateOnly(2023, 6, 7), 0, LongAfter);
        Assert.True(atMaximum.Extended);
        Assert.False(atMaximum.ExtendedBeyondMaximum);
        Assert.Equal(65, atMaximum.WorkingDaysTaken);
        Assert.Equal(ClockStatus.RespondedInTime, atMaximum.Status);

        var beyond = _clock.Read("statutory", 2, Received, new DateOnly(2023, 6, 8), null, 0, Received);
        Assert.True(beyond.ExtendedBeyondMaximum);
    }

    [Fact]
    public void A_stage_3_panel_is_due_in_30_working_days_over_Easter_and_any_extension_is_beyond_the_maximum()
    {
        var reading = _clock.Read("statutory", 3, Received, new DateOnly(2023, 4, 17), null, 0, Received);
        Assert.Equal(new DateOnly(2023, 4, 14), reading.BaseDeadlineDate);
        Assert.Equal(new DateOnly(2023, 4, 17), reading.DeadlineDate);
        Assert.True(reading.ExtendedBeyondMaximum);
    }

    [Fact]
    public void A_corporate_stage_1_uses_the_default_20_working_days()
    {
        var reading = _clock.Read("corporate", 1, new DateOnly(2025, 6, 2), null, null, 0, new DateOnly(2025, 6, 2));
        Assert.Equal(new DateOnly(2025, 6, 30), reading.DeadlineDate);
    }

    [Fact]
    public void A_council_with_a_15_day_corporate_stage_1_gets_its_own_deadline()
    {
        var settings = new TimescaleSettings
        {
            Stages = [new("statutory", 1, 10, 20), new("corporate", 1, 15, 15), new("corporate", 2, 20, 20)],
        };
        var clock = new StatutoryClock(WorkingDayCalendar.EnglandAndWales, settings);

        var stage1 = clock.Read("corporate", 1, new DateOnly(2025, 6, 2), null, new DateOnly(2025, 6, 24), 0, new DateOnly(2025, 7, 1));
        Assert.Equal(new DateOnly(2025, 6, 23), stage1.DeadlineDate);
        Assert.Equal(16, stage1.WorkingDaysTaken);
        Assert.Equal(ClockStatus.RespondedLate, stage1.Status);

        var stage2 = clock.Read("corporate", 2, new DateOnly(2025, 6, 2), null, null, 0, new DateOnly(2025, 6, 2));
        Assert.Equal(new DateOnly(2025, 6, 30), stage2.DeadlineDate);
    }

    [Fact]
    public void Days_with_the_clock_paused_push_the_deadline_back_and_are_not_counted_as_taken()
    {
        var reading = _clock.Read("statutory", 1, Received, null, new DateOnly(2023, 3, 22), 5, LongAfter);
        Assert.Equal(new DateOnly(2023, 3, 22), reading.BaseDeadlineDate);
        Assert.Equal(10, reading.WorkingDaysTaken);
        Assert.Equal(ClockStatus.RespondedInTime, reading.Status);
    }

    [Fact]
    public void Working_days_taken_never_drops_below_zero_when_the_pause_exceeds_the_time_taken()
    {
        var reading = _clock.Read("statutory", 1, Received, null, new DateOnly(2023, 3, 3), 5, LongAfter);
        Assert.Equal(0, reading.WorkingDaysTaken);
    }

    [Fact]
    public void An_open_complaint_is_in_time_up_to_and_including_its_deadline()
    {
        var reading = _clock.Read("statutory", 1, Received, null, null, 0, new DateOnly(2023, 3, 15));
        Assert.Equal(ClockStatus.OpenInTime, reading.Status);
        Assert.Null(reading.WorkingDaysTaken);
        Assert.Null(reading.WithinTimescale);
    }

    [Fact]
    public void An_open_complaint_is_overdue_the_day_after_its_deadline()
    {
        var reading = _clock.Read("statutory", 1, Received, null, null, 0, new DateOnly(2023, 3, 16));
        Assert.Equal(ClockStatus.OpenOverdue, reading.Status);
    }

    [Fact]
    public void An_open_complaint_with_an_extension_is_judged_against_the_extended_deadline()
    {
        var inTime = _clock.Read("statutory", 1, Received, new DateOnly(2023, 3, 29), null, 0, new DateOnly(2023, 3, 20));
        Assert.Equal(ClockStatus.OpenInTime, inTime.Status);
        var overdue = _clock.Read("statutory", 1, Received, new DateOnly(2023, 3, 29), null, 0, new DateOnly(2023, 3, 30));
        Assert.Equal(ClockStatus.OpenOverdue, overdue.Status);
    }

    [Fact]
    public void A_stage_1_complaint_received_on_Christmas_Eve_2020_is_due_on_12_January_2021()
    {
        var reading = _clock.Read("statutory", 1, new DateOnly(2020, 12, 24), null, new DateOnly(2021, 1, 12), 0, LongAfter);
        Assert.Equal(new DateOnly(2021, 1, 12), reading.DeadlineDate);
        Assert.Equal(10, reading.WorkingDaysTaken);
        Assert.Equal(ClockStatus.RespondedInTime, reading.Status);
    }

    [Fact]
    public void An_unknown_procedure_or_stage_is_refused()
    {
        Assert.Throws<ArgumentException>(() => _clock.Read("ombudsman", 1, Received, null, null, 0, Received));
        Assert.Throws<ArgumentException>(() => _clock.Read("corporate", 3, Received, null, null, 0, Received));
    }

    [Fact]
    public void A_negative_pause_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _clock.Read("statutory", 1, Received, null, null, -1, Received));
    }

    [Fact]
    public void A_response_before_receipt_is_refused()
    {
        Assert.Throws<ArgumentException>(() => _clock.Read("statutory", 1, Received, null, new DateOnly(2023, 2, 28), 0, LongAfter));
    }
}
