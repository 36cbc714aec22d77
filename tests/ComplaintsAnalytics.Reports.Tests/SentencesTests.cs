using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Tests;

/// <summary>The plain-English readings say what the figures say.</summary>
public sealed class SentencesTests
{
    [Fact]
    public void A_fall_gives_both_figures_and_the_change()
    {
        Assert.Equal("Stage 1 statutory complaints fell from 142 to 134 (-6%).",
            Sentences.CountChange("Stage 1 statutory complaints", "2023/24", 134, "2022/23", 142, -5.633802816901408, "down"));
    }

    [Fact]
    public void A_rise_a_standstill_and_a_change_that_rounds_to_nothing_read_differently()
    {
        Assert.Equal("Compliments rose from 193 to 278 (+44%).", Sentences.CountChange("Compliments", "2023/24", 278, "2022/23", 193, 44.04, "up"));
        Assert.Equal("Duty matters stayed at 29, as in 2023/24.", Sentences.CountChange("Duty matters", "2024/25", 29, "2023/24", 29, 0, "level"));
        Assert.Equal("Representations: 1,004, little changed from 1,000 in 2023/24.",
            Sentences.CountChange("Representations", "2024/25", 1004, "2023/24", 1000, 0.4, "level"));
        Assert.Equal("Stage 3 review panels rose from none in 2023/24 to 2.", Sentences.CountChange("Stage 3 review panels", "2024/25", 2, "2023/24", 0, null, "up"));
        Assert.Equal("Compliments: 278 in 2023/24.", Sentences.CountChange("Compliments", "2023/24", 278, null, null, null, null));
    }

    [Fact]
    public void A_small_count_is_not_given_away_by_its_change()
    {
        var sentence = Sentences.CountChange("Complaints about the team", "2024/25", 3, "2023/24", 9, -66.7, "down",
            v => SmallNumbers.IsSmall(v) ? SmallNumbers.FewerThanFive : Numbers.Count(v), showChange: false);

        Assert.Equal("Complaints about the team fell from 9 to fewer than 5.", sentence);
    }

    [Fact]
    public void Shares_compare_with_last_year()
    {
        Assert.Equal("59% of statutory stage 1 complaints were answered within timescale, up from 57% in 2022/23.",
            Sentences.ShareChange("of statutory stage 1 complaints were answered within timescale", 59.35, "2022/23", 56.78, "up"));
    }
}
