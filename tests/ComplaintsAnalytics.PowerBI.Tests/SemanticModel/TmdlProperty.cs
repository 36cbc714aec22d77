namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>A property of a TMDL object: <c>name: value</c>, a flag (value <c>true</c>), or <c>name =</c> and an expression.</summary>
internal sealed record TmdlProperty(string Name, string Value, int Line);
