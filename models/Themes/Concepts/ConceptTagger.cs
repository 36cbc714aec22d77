using System.Text;

namespace ComplaintsAnalytics.Models;

/// <summary>
/// Turns a text into the concept tags of <see cref="ConceptLexicon"/> it mentions, in text order, for the
/// featuriser's concept block: "The taxi was cancelled again." gives "c_item c_fail". Words are matched
/// after <see cref="LightStemmer"/>, so "cancellation" and "cancelling" match the lexicon's "cancelled".
/// </summary>
internal static class ConceptTagger
{
    private static readonly Dictionary<string, List<(string[] Stems, string Tag)>> ByFirstStem = BuildIndex();

    /// <summary>The concept tags in text order; "c_end" between sentences, so bigrams do not span them.</summary>
    public static string Sequence(string? text)
    {
        var hits = Hits(text);
        var parts = new List<string>();
        for (var i = 0; i < hits.Count; i++)
        {
            if (i > 0 && hits[i].Sentence != hits[i - 1].Sentence)
            {
                parts.Add("c_end");
            }

            parts.Add("c_" + hits[i].Tag);
        }

        return string.Join(' ', parts);
    }

    private static List<(int Sentence, string Tag)> Hits(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var (stems, sentences) = Tokenise(text);
        var hits = new List<(int Sentence, string Tag)>();
        for (var i = 0; i < stems.Count; i++)
        {
            if (!ByFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, tag) in candidates)
            {
                if (Matches(stems, i, phrase))
                {
                    hits.Add((sentences[i], tag));
                }
            }
        }

        return hits;
    }

    private static bool Matches(List<string> stems, int start, string[] phrase)
    {
        if (start + phrase.Length > stems.Count)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(stems[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lower-cased, apostrophes dropped, split on anything but letters, digits and £; stemmed.</summary>
    internal static (List<string> Stems, List<int> Sentences) Tokenise(string text)
    {
        var stems = new List<string>();
        var sentences = new List<int>();
        var word = new StringBuilder();
        var sentence = 0;
        void Flush()
        {
            if (word.Length > 0)
            {
                stems.Add(LightStemmer.Stem(word.ToString()));
                sentences.Add(sentence);
                word.Clear();
            }
        }

        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            Flush();
            if (c == '£')
            {
                word.Append(c);
                Flush();
            }
            else if (c is '.' or '!' or '?' or ';' or '\n')
            {
                sentence++;
            }
        }

        Flush();
        return (stems, sentences);
    }

    private static Dictionary<string, List<(string[] Stems, string Tag)>> BuildIndex()
    {
        var index = new Dictionary<string, List<(string[] Stems, string Tag)>>(StringComparer.Ordinal);
        foreach (var (tag, phrases) in ConceptLexicon.Entries)
        {
            foreach (var phrase in phrases)
            {
                var stems = Tokenise(phrase).Stems.ToArray();
                if (!index.TryGetValue(stems[0], out var list))
                {
                    index[stems[0]] = list = [];
                }

                if (!list.Any(e => e.Tag == tag && e.Stems.SequenceEqual(stems)))
                {
                    list.Add((stems, tag));
                }
            }
        }

        return index;
    }
}
