namespace ComplaintsAnalytics.Etl.Calendar;

/// <summary>One England and Wales bank holiday, as published by GOV.UK.</summary>
/// <param name="Date">The day the holiday is observed (the substitute day where one applies).</param>
/// <param name="Name">The published name, for example "Boxing Day (substitute day)".</param>
public sealed record BankHoliday(DateOnly Date, string Name);
