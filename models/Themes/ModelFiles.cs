using System.Text.Json;

namespace ComplaintsAnalytics.Models;

/// <summary>The files of a saved model folder and how <c>model.json</c> is written.</summary>
internal static class ModelFiles
{
    public const string Featurizer = "featurizer.zip";
    public const string Scorers = "scorers.zip";
    public const string Manifest = "model.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void WriteManifest(string directory, ThemeModelInfo info) =>
        File.WriteAllText(Path.Combine(directory, Manifest), JsonSerializer.Serialize(info, Json) + "\n");

    public static ThemeModelInfo ReadManifest(string directory)
    {
        var path = Path.Combine(directory, Manifest);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No theme model in {directory}: {Manifest} is missing.", path);
        }

        return JsonSerializer.Deserialize<ThemeModelInfo>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
    }
}
