using ComplaintsAnalytics.Models;

namespace ComplaintsAnalytics.Jobs.Cli.Themes;

/// <summary>Which model folder a verb uses: the one asked for, else the working model if trained, else the shipped one.</summary>
internal sealed class ThemeModelLocator(ThemeModelOptions options)
{
    public string WorkingDirectory => Path.GetFullPath(options.ModelDirectory);

    public string Resolve(string? requested = null)
    {
        if (requested is not null)
        {
            return File.Exists(Path.Combine(requested, "model.json"))
                ? requested
                : throw new UserInputException($"No theme model in {requested}: model.json is missing. Train one with `train --out {requested}`.");
        }

        return File.Exists(Path.Combine(WorkingDirectory, "model.json")) ? WorkingDirectory : ThemeClassifier.ShippedModelDirectory;
    }
}
