using System.Globalization;
using ComplaintsAnalytics.Etl.Redaction;

namespace ComplaintsAnalytics.Etl.Tests.Redaction;

/// <summary>
/// Structured identifiers are caught every time: each format is tried in many generated values and in
/// several positions of a sentence, not in one hand-picked example.
/// </summary>
public class IdentifierRedactionTests
{
    private static readonly PersonalDataRedactor Redactor = new();

    private static readonly string[] Frames =
    [
        "{0}",
        "Details: {0}.",
        "My details are {0}, please use them.",
        "({0})",
        "call/write {0} today",
    ];

    [Theory]
    [InlineData("{0}{1} {2}{3} {4}{5} {6}{7} {8}", "[NI_NUMBER]")]
    [InlineData("{0}{1}{2}{3}{4}{5}{6}{7}{8}", "[NI_NUMBER]")]
    [InlineData("{2}{3}{4} {5}{6}{7} {3}{5}{7}{2}", "[NHS_NUMBER]")]
    [InlineData("{2}{3}{4}{5}{6}{7}{3}{5}{7}{2}", "[NHS_NUMBER]")]
    [InlineData("{2}{3}{4}-{5}{6}{7}-{3}{5}{7}{2}", "[NHS_NUMBER]")]
    [InlineData("07700 9{5}{6} {7}{4}{3}", "[PHONE]")]
    [InlineData("07700 9{5}{6}{7}{4}{3}", "[PHONE]")]
    [InlineData("0113 496 0{5}{6}{7}", "[PHONE]")]
    [InlineData("+44 7700 9{5}{6}{7}{4}{3}", "[PHONE]")]
    [InlineData("name.{0}{1}{2}@example.com", "[EMAIL]")]
    [InlineData("NB{2} {3}QT", "[POSTCODE]")]
    [InlineData("nb{2} {3}qt", "[POSTCODE]")]
    [InlineData("CAS-1{2}{3}{4}{5}{6}", "[CASE_NUMBER]")]
    public void Structured_identifiers_are_caught_every_time(string format, string token)
    {
        var caught = 0;
        var tried = 0;
        for (var seed = 0; seed < 60; seed++)
        {
            var value = Fill(format, seed);
            foreach (var frame in Frames)
            {
                tried++;
                var text = string.Format(CultureInfo.InvariantCulture, frame, value);
                var expected = string.Format(CultureInfo.InvariantCulture, frame, token);
                Assert.Equal(expected, Redactor.Redact(text).Text);
                caught++;
            }
        }

        Assert.Equal(300, tried);
        Assert.Equal(tried, caught);
    }

    [Fact]
    public void Each_new_kind_is_counted()
    {
        var result = Redactor.Redact("NI QQ 12 34 56 C, NHS 943 476 5919, complaint CAS-104203 and ref 22 012 345.");

        Assert.Equal("NI [NI_NUMBER], NHS [NHS_NUMBER], complaint [CASE_NUMBER] and ref [CASE_NUMBER].", result.Text);
        Assert.Equal((1, 1, 2), (result.NiNumbers, result.NhsNumbers, result.CaseNumbers));
        Assert.Equal(4, result.Total);
    }

    [Theory]
    [InlineData("The EHCP was issued at week 31, not 20.")]
    [InlineData("Stage 2 took 65 working days and £1,250.00 was paid.")]
    [InlineData("He is in Year 10 and gets 25 hours.")]
    [InlineData("We waited 3 months for the complaint 2 response.")]
    public void Ordinary_numbers_are_left_alone(string text)
    {
        Assert.Same(text, Redactor.Redact(text).Text);
    }

    /// <summary>
    /// Letters at {0}, {1} and {8} (from ABCEGHJKLMNPRSTWXYZ, upper or lower case by seed) and digits at {2} to {7},
    /// all drawn from the seed so every run tries the same values.
    /// </summary>
    private static string Fill(string format, int seed)
    {
        var random = new Random(seed);
        const string Letters = "ABCEGHJKLMNPRSTWXYZ";
        char Letter() => seed % 3 == 0 ? char.ToLowerInvariant(Letters[random.Next(Letters.Length)]) : Letters[random.Next(Letters.Length)];
        var values = new object[9];
        values[0] = Letter();
        values[1] = Letter();
        for (var i = 2; i < 8; i++)
        {
            values[i] = random.Next(1, 10);
        }

        values[8] = "ABCD"[random.Next(4)];
        return string.Format(CultureInfo.InvariantCulture, format, values);
    }
}
