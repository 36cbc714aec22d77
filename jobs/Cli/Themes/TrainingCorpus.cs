using System.Text;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>
/// The file a model is trained on: the corpus byte for byte, then the analysts' reviewed labels (written as
/// <see cref="FileName"/> in the model folder). With no reviewed labels it is the corpus itself, so the corpus
/// hash, the model version and every metric are the shipped ones.
/// </summary>
internal static class TrainingCorpus
{
    public const string FileName = "training-corpus.csv";

    public static string Write(string corpusPath, IReadOnlyList<(string Text, string Themes)> reviewed, string outputDirectory)
    {
        if (!File.Exists(corpusPath))
        {
            throw new UserInputException($"The corpus {corpusPath} does not exist.");
        }

        var path = Path.Combine(outputDirectory, FileName);
        if (reviewed.Count == 0)
        {
            File.Delete(path);
            return corpusPath;
        }

        File.Copy(corpusPath, path, overwrite: true);

        var bytes = File.ReadAllBytes(path);
        var text = new StringBuilder();
        if (bytes.Length > 0 && bytes[^1] != (byte)'\n')
        {
            text.Append('\n');
        }

        foreach (var (body, themes) in reviewed)
        {
            text.Append('"').Append(body.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",").Append(themes).Append('\n');
        }

        File.AppendAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }
}
