namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>
/// The size of a national simulation: the first <paramref name="Councils"/> current English authorities (by DfE code),
/// <paramref name="Years"/> financial years ending with the one starting in April of <paramref name="LastStartYear"/>,
/// records per council and year of about <paramref name="RecordsPerReferral"/> times its real referrals. With
/// <paramref name="LoadOnly"/>, only the case imports are measured (full load and delta night, no themes), for quick iteration.
/// </summary>
internal sealed record NationalSettings(int Years, int Councils, string Folder, int LastStartYear = 2024, double RecordsPerReferral = 0.3, bool LoadOnly = false)
{
    public const int MinimumRecords = 200;
    public const int MaximumRecords = 4_000;

    /// <summary>Records for a council whose referral count is not published (suppressed or missing).</summary>
    public const int UnpublishedRecords = 600;

    public int FirstStartYear => LastStartYear - Years + 1;
}
