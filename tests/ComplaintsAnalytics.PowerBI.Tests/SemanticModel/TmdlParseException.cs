namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>A TMDL document that breaks the syntax: the message names the file and line.</summary>
internal sealed class TmdlParseException(string file, int line, string problem)
    : Exception($"{Path.GetFileName(file)}:{line}: {problem}")
{
    public int LineNumber { get; } = line;
}
