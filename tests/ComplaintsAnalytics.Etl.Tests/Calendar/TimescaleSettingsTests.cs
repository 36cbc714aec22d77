using ComplaintsAnalytics.Etl.Calendar;

namespace ComplaintsAnalytics.Etl.Tests.Calendar;

public class TimescaleSettingsTests
{
    [Theory]
    [InlineData("statutory", 1, 10, 20)]
    [InlineData("statutory", 2, 25, 65)]
    [InlineData("statutory", 3, 30, 30)]
    [InlineData("corporate", 1, 20, 20)]
    [InlineData("corporate", 2, 25, 25)]
    public void The_defaults_are_the_statutory_guidance_and_a_common_corporate_choice(string procedure, int stage, int baseDays, int maxDays)
    {
        Assert.Equal(new StageTimescale(procedure, stage, baseDays, maxDays), new TimescaleSettings().Find(procedure, stage));
    }

    [Fact]
    public void An_unknown_stage_or_procedure_has_no_timescale()
    {
        var settings = new TimescaleSettings();
        Assert.Null(settings.Find("corporate", 3));
        Assert.Null(settings.Find("ombudsman", 1));
    }

    [Fact]
    public void A_council_entry_added_after_the_defaults_wins_as_configuration_binding_appends()
    {
        var settings = new TimescaleSettings();
        settings.Stages.Add(new StageTimescale("corporate", 1, 15, 15));
        Assert.Equal(15, settings.Find("corporate", 1)!.BaseWorkingDays);
        Assert.Equal(10, settings.Find("statutory", 1)!.BaseWorkingDays);
    }

    [Fact]
    public void The_procedure_is_matched_ignoring_case()
    {
        Assert.NotNull(new TimescaleSettings().Find("Statutory", 2));
    }
}
