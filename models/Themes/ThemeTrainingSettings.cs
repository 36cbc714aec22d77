using System.Globalization;

namespace ComplaintsAnalytics.Models;

/// <summary>Training knobs; the defaults are the shipped design, chosen on the generator's dev split (see models/README.md).</summary>
internal sealed record ThemeTrainingSettings
{
    public const int DefaultSeed = 20240401;

    public int Seed { get; init; } = DefaultSeed;

    public double ValidationShare { get; init; } = 0.2;

    /// <summary>Once thresholds are tuned on the hash split, fit the shipped model on every row of the corpus.</summary>
    public bool RefitOnAllRows { get; init; } = true;

    public bool UseSdca { get; init; }

    public float L1 { get; init; }

    public float L2 { get; init; } = 0.003f;

    public bool WordGrams { get; init; } = true;

    public bool CharGrams { get; init; } = true;

    public int MaxWordNgram { get; init; } = 2;

    /// <summary>A third block: 1-2-grams of the concept tags in text order (<see cref="ConceptTagger"/>).</summary>
    public bool Concepts { get; init; } = true;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"text normalised to lower case; {Blocks()}, TF-IDF, each block L2-normalised, shared by nine one-vs-rest " +
        $"{(UseSdca ? "SDCA" : "L-BFGS")} logistic regressions (L1 {L1}, L2 {L2}, one thread); " +
        $"thresholds tuned per theme for F1 on a {ValidationShare * 100:0}% validation split{(RefitOnAllRows ? ", then refitted on every row" : string.Empty)}");

    private string Blocks() => (WordGrams, CharGrams) switch
    {
        (true, true) => $"word 1-{MaxWordNgram}-grams and char 3/4/5-grams",
        (true, false) => $"word 1-{MaxWordNgram}-grams",
        _ => "char 3/4/5-grams",
    } + (Concepts ? ", concept-tag 1-2-grams (lexicon of the theme definitions' vocabulary)" : string.Empty);
}
