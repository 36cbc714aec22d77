using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Tests;

/// <summary>Counts from 1 to 4 are protected, and so is the count that would give a lone one away.</summary>
public sealed class SmallNumbersTests
{
    [Fact]
    public void Counts_from_1_to_4_are_small_and_0_and_5_are_not()
    {
        Assert.Equal([false, true, true, false, false], new double?[] { 0, 1, 4, 5, null }.Select(SmallNumbers.IsSmall));
    }

    [Fact]
    public void A_lone_small_count_takes_the_next_smallest_count_in_its_column_with_it()
    {
        var protection = SmallNumbers.ProtectColumn([21, 3, 0, 11, 6, 40]);

        Assert.Equal([Protection.Shown, Protection.Small, Protection.Shown, Protection.Shown, Protection.Withheld, Protection.Shown], protection);
    }

    [Fact]
    public void Two_small_counts_protect_each_other_and_nothing_else_is_withheld()
    {
        var protection = SmallNumbers.ProtectColumn([21, 3, 2, 11]);

        Assert.Equal([Protection.Shown, Protection.Small, Protection.Small, Protection.Shown], protection);
    }

    [Fact]
    public void Protected_counts_print_as_words()
    {
        Assert.Equal("fewer than 5", SmallNumbers.Print(3, Protection.Small));
        Assert.Equal("withheld", SmallNumbers.Print(6, Protection.Withheld));
        Assert.Equal("1,204", SmallNumbers.Print(1204, Protection.Shown));
    }
}
