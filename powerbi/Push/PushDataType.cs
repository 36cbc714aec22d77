using System.Diagnostics.CodeAnalysis;

namespace ComplaintsAnalytics.PowerBI;

/// <summary>The column data types of a push dataset.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "These are Power BI's data type names, sent as they are.")]
public enum PushDataType
{
    /// <summary>Whole number.</summary>
    Int64,

    /// <summary>Floating-point number.</summary>
    Double,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>Date and time, sent in ISO 8601.</summary>
    DateTime,

    /// <summary>Text, at most 4,000 characters a value.</summary>
    String,
}
