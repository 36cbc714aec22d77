using System.Data;
using Dapper;

namespace ComplaintsAnalytics.Etl.Statistics;

/// <summary>
/// The dated versions of <c>dw.dim_authority</c>, to resolve a DfE code (or an Ombudsman's council name)
/// in a given financial year: 909 Cumbria exists until March 2023, 942 Cumberland from April 2023.
/// </summary>
public sealed class AuthorityDirectory
{
    private readonly List<AuthorityEntry> _versions;
    private readonly Dictionary<string, List<AuthorityEntry>> _byName;

    public AuthorityDirectory(IEnumerable<AuthorityEntry> versions)
    {
        _versions = [.. versions];
        _byName = _versions
            .GroupBy(v => AuthorityName.Key(v.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Reads every version from the warehouse.</summary>
    public static AuthorityDirectory Load(IDbConnection connection, IDbTransaction? transaction = null) =>
        new(connection.Query<AuthorityEntry>(
            """
            SELECT authority_key AS AuthorityKey, la_code AS LaCode, name AS Name, region_code AS RegionCode,
                   valid_from AS ValidFrom, valid_to AS ValidTo, is_fictional AS IsFictional
            FROM dw.dim_authority
            """,
            transaction: transaction));

    /// <summary>The version of <paramref name="laCode"/> in use on 1 April of <paramref name="period"/>, if any.</summary>
    public AuthorityEntry? Find(string laCode, string period)
    {
        var start = FinancialPeriod.Start(period);
        return _versions.FirstOrDefault(v => v.LaCode == laCode && v.ValidFrom <= start && (v.ValidTo is null || v.ValidTo >= start));
    }

    /// <summary>True when the code exists in any year.</summary>
    public bool Knows(string laCode) => _versions.Any(v => v.LaCode == laCode);

    /// <summary>The authority called <paramref name="name"/> (council words such as "County Council" ignored) in <paramref name="period"/>.</summary>
    public AuthorityEntry? FindByName(string name, string period)
    {
        if (!_byName.TryGetValue(AuthorityName.Key(name), out var candidates))
        {
            return null;
        }

        var start = FinancialPeriod.Start(period);
        return candidates.FirstOrDefault(v => v.ValidFrom <= start && (v.ValidTo is null || v.ValidTo >= start));
    }
}
