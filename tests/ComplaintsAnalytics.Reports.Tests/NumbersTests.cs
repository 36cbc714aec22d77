using ComplaintsAnalytics.Reports.Figures;

namespace ComplaintsAnalytics.Reports.Tests;

/// <summary>Figures print as councils print them.</summary>
public sealed class NumbersTests
{
    [Theory]
    [InlineData(-5.633802816901408, "-6%")]
    [InlineData(57.2139303482587, "+57%")]
    [InlineData(171.42857142857142, "+171%")]
    [InlineData(100.0, "+100%")]
    [InlineData(0.5, "+1%")]
    [InlineData(-0.4, "0%")]
    [InlineData(0.0, "0%")]
    public void A_change_is_a_whole_percentage_with_its_sign(double change, string printed) =>
        Assert.Equal(printed, Numbers.Change(change, 1, 1));

    [Fact]
    public void A_change_from_nothing_is_new_and_a_first_year_has_none()
    {
        Assert.Equal("new", Numbers.Change(null, 0, 7));
        Assert.Equal("-", Numbers.Change(null, null, 7));
        Assert.Equal("-", Numbers.Change(null, 0, 0));
    }

    [Theory]
    [InlineData(1147.0, "1,147")]
    [InlineData(4.5, "5")]
    [InlineData(null, "-")]
    public void Counts_have_thousands_separators(double? value, string printed) => Assert.Equal(printed, Numbers.Count(value));

    [Fact]
    public void Shares_points_and_money_print_to_their_places()
    {
        Assert.Equal("57%", Numbers.Percent(56.779661016949156));
        Assert.Equal("4.21%", Numbers.Percent(4.212721584984359, 2));
        Assert.Equal("+0.02 pts", Numbers.Points(0.0227774509, 2));
        Assert.Equal("-2 pts", Numbers.Points(-1.6, 0));
        Assert.Equal("0 pts", Numbers.Points(-0.3, 0));
        Assert.Equal("£2,450", Numbers.Money(2450.00m));
        Assert.Equal("16.02", Numbers.Fixed(16.016949152542374, 2));
    }

    [Fact]
    public void Directions_are_an_arrow_and_a_word()
    {
        Assert.Equal("\u2191 Up", Direction.Label("up"));
        Assert.Equal("\u2193 Down", Direction.Label("down"));
        Assert.Equal("\u2194 Level", Direction.Label("level"));
        Assert.Equal("-", Direction.Label(null));
    }
}
