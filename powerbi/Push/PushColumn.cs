namespace ComplaintsAnalytics.PowerBI;

/// <summary>A column of a push-dataset table.</summary>
/// <param name="Name">Column name, as rows name it.</param>
/// <param name="DataType">Power BI data type.</param>
public sealed record PushColumn(string Name, PushDataType DataType);
