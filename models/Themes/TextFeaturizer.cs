using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace ComplaintsAnalytics.Models;

/// <summary>
/// The shared featurisation: lower-cased text, word 1-2-grams and character 3-, 4- and 5-grams, and
/// 1-2-grams of the text's concept tags in order (<see cref="ConceptTagger"/>), each block TF-IDF weighted
/// and L2-normalised, concatenated into one <see cref="FeaturesColumn"/>.
/// Computed once per text and read by all nine theme scorers.
/// </summary>
internal static class TextFeaturizer
{
    public const string TextColumn = "Text";
    public const string FeaturesColumn = "Features";

    // Redaction placeholders such as [name] stay whole: brackets and apostrophes are not separators.
    private static readonly char[] WordSeparators =
        [' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', '"', '(', ')', '/', '&', '+', '-', '*', '='];

    public static IEstimator<ITransformer> Build(MLContext ml, ThemeTrainingSettings settings)
    {
        const NgramExtractingEstimator.WeightingCriteria Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf;
        var text = ml.Transforms.Text;
        var blocks = new List<string>();
        IEstimator<ITransformer> pipeline = text.NormalizeText("Normalised", TextColumn, TextNormalizingEstimator.CaseMode.Lower,
                keepDiacritics: false, keepPunctuations: true, keepNumbers: true);
        if (settings.WordGrams)
        {
            pipeline = pipeline
                .Append(text.TokenizeIntoWords("Words", "Normalised", WordSeparators))
                .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
                .Append(text.ProduceNgrams("WordGrams", "WordKeys", ngramLength: settings.MaxWordNgram, useAllLengths: true, weighting: Weighting))
                .Append(ml.Transforms.NormalizeLpNorm("WordBlock", "WordGrams"));
            blocks.Add("WordBlock");
        }

        if (settings.CharGrams)
        {
            pipeline = pipeline
                .Append(text.TokenizeIntoCharactersAsKeys("Chars", "Normalised", useMarkerCharacters: true))
                .Append(text.ProduceNgrams("Char3", "Chars", ngramLength: 3, useAllLengths: false, weighting: Weighting))
                .Append(text.ProduceNgrams("Char4", "Chars", ngramLength: 4, useAllLengths: false, weighting: Weighting))
                .Append(text.ProduceNgrams("Char5", "Chars", ngramLength: 5, useAllLengths: false, weighting: Weighting))
                .Append(ml.Transforms.Concatenate("CharGrams", "Char3", "Char4", "Char5"))
                .Append(ml.Transforms.NormalizeLpNorm("CharBlock", "CharGrams"));
            blocks.Add("CharBlock");
        }

        // Concept tags carry what a clause is about across wording the corpus never used: "the taxi never came"
        // and "the respite was cancelled" share "c_item c_fail" though they share no word; bigrams of tags in
        // order say what happened to what.
        if (settings.Concepts)
        {
            pipeline = pipeline
                .Append(text.TokenizeIntoWords("SequenceWords", nameof(TextRow.ConceptSequence), [' ']))
                .Append(ml.Transforms.Conversion.MapValueToKey("SequenceKeys", "SequenceWords"))
                .Append(text.ProduceNgrams("SequenceGrams", "SequenceKeys", ngramLength: 2, useAllLengths: true,
                    weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
                .Append(ml.Transforms.NormalizeLpNorm("SequenceBlock", "SequenceGrams"));
            blocks.Add("SequenceBlock");
        }

        return pipeline.Append(ml.Transforms.Concatenate(FeaturesColumn, [.. blocks]));
    }
}
