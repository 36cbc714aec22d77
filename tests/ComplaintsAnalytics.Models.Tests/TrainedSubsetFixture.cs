using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAnalytics.Models.Tests;

/// <summary>
/// Trains twice, into two folders, on the same 900-row slice of the shipped corpus (a few seconds each),
/// with a fake clock set to 1 April 2024; shared by the training tests.
/// </summary>
public sealed class TrainedSubsetFixture : IDisposable
{
    public static readonly DateTimeOffset TrainingDate = new(2024, 4, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    public TrainedSubsetFixture()
    {
        var rows = LabelledCorpusReader.Read(ShippedFiles.TrainCsv).Take(900);
        CorpusPath = _temp.Write("subset.csv",
            "text,themes\n" + string.Concat(rows.Select(r => $"\"{r.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{string.Join(';', r.Themes)}\n")));
        FirstDirectory = Path.Combine(_temp.Path, "first");
        SecondDirectory = Path.Combine(_temp.Path, "second");
        First = new ThemeModelTrainer().Train(CorpusPath, FirstDirectory, new FakeTimeProvider(TrainingDate));
        Second = new ThemeModelTrainer().Train(CorpusPath, SecondDirectory, new FakeTimeProvider(TrainingDate.AddDays(1)));
    }

    public string CorpusPath { get; }

    public string FirstDirectory { get; }

    public string SecondDirectory { get; }

    public ThemeModelInfo First { get; }

    public ThemeModelInfo Second { get; }

    public void Dispose() => _temp.Dispose();
}
