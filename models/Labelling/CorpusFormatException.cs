namespace ComplaintsAnalytics.Models;

/// <summary>
/// A labelled CSV file (columns <c>text</c> and <c>themes</c>) could not be read: a column is missing,
/// a row has no text or no theme, or a theme code is not in the taxonomy. The message names the file,
/// the row and the problem.
/// </summary>
public sealed class CorpusFormatException : Exception
{
    public CorpusFormatException()
    {
    }

    public CorpusFormatException(string message)
        : base(message)
    {
    }

    public CorpusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one problem in one file.</summary>
    /// <param name="filePath">The labelled file.</param>
    /// <param name="row">The 1-based data row (the header is not counted), or null for a file-level problem.</param>
    /// <param name="problem">What is wrong, in words an analyst can act on.</param>
    public CorpusFormatException(string filePath, int? row, string problem)
        : base(row is null ? $"{filePath}: {problem}" : $"{filePath}, row {row}: {problem}")
    {
        FilePath = filePath;
        Row = row;
        Problem = problem;
    }

    /// <summary>The labelled file that failed.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based data row (the header is not counted), or null for a file-level problem.</summary>
    public int? Row { get; }

    /// <summary>What is wrong.</summary>
    public string? Problem { get; }
}
