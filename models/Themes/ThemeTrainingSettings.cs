using System.Globalization;

namespace ComplaintsAnalytics.Models;

/// <summary>Training knobs; the defaults are the shipped design, chosen on the generator's dev split (see models/README.md).</summary>
internal sealed record ThemeTrainingSettings
{
    public const int DefaultSeed = 20240401;

    public int Seed { get; init; } = DefaultSeed;

    public double ValidationShare { get; init; } = 0.2;

    /// <summary>With a validation file: fit the shipped model on the corpus and the validation rows once thresholds are tuned.</summary>
    public bool RefitWithValidation { get; init; } = true;

    public bool UseSdca { get; init; }

    public float L1 { get; init; }

    public float L2 { get; init; } = 0.003f;

    public bool WordGrams { get; init; } = true;

    public bool CharGrams { get; init; } = true;

    public int MaxWordNgram { get; init; } = 2;

    /// <summary>A third block: 1-2-grams of the concept tags in text order (<see cref="ConceptTagger"/>).</summary>
    public bool Concepts { get; init; } = true;

    public string Describe(bool validationFile = false) => string.Create(CultureInfo.InvariantCulture,
        $"text normalised to lower case; {Blocks()}, TF-IDF, each block L2-normalised, shared by nine one-vs-rest " +
        $"{(UseSdca ? "SDCA" : "L-BFGS")} logistic regressions (L1 {L1}, L2 {L2}, one thread); {Tuning(validationFile)}");

    private string Tuning(bool validationFile) => !validationFile
        ? string.Create(CultureInfo.InvariantCulture, $"thresholds tuned per theme for F1 on a {ValidationShare * 100:0}% validation split")
        : "thresholds tuned per theme for F1 on a validation file whose wording the corpus does not share, " +
          (RefitWithValidation ? "then refitted on the corpus and the validation rows" : "fitted on the corpus alone");

    private string Blocks() => (WordGrams, CharGrams) switch
    {
        (true, true) => $"word 1-{MaxWordNgram}-grams and char 3/4/5-grams",
        (true, false) => $"word 1-{MaxWordNgram}-grams",
        _ => "char 3/4/5-grams",
    } + (Concepts ? ", concept-tag 1-2-grams (lexicon of the theme definitions' vocabulary)" : string.Empty);
}
