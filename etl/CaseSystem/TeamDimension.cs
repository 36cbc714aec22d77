using System.Data;
using System.Globalization;
using System.Text;
using ComplaintsAnalytics.Etl.Warehouse;
using Dapper;

namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>
/// Keeps <c>dw.dim_team</c> as a type 2 dimension. A team's versions differ in the team it reports as
/// (renames and merges from the mapping profile); facts join the version valid on the date received.
/// </summary>
internal sealed class TeamDimension
{
    private readonly IDbConnection _connection;
    private readonly IDbTransaction _transaction;

    // New versions go in as one statement at the end: a council's first file names a dozen teams, and a round trip
    // each cost more than the rest of the step.
    private readonly List<NewVersion> _inserts = [];

    public TeamDimension(IDbConnection connection, IDbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public void Apply(long runId, MappingProfile profile, DateOnly asOf)
    {
        // One row per version of each team the file names, or one row with no version for a team new to the warehouse.
        var named = _connection.Query<NamedTeam>(EmbeddedSql.Read("duckdb/load/04_teams_named.sql"), new { run_id = runId }, _transaction)
            .GroupBy(n => (n.AuthorityKey, n.TeamName));
        foreach (var rows in named)
        {
            var team = rows.First();
            var versions = rows.Where(v => v.TeamKey is not null).OrderBy(v => v.ValidFrom).ToList();
            profile.Teams.TryGetValue(team.TeamName, out var change);
            if (versions.Count == 0)
            {
                InsertNew(team, change);
                continue;
            }

            // Cases older than the first version: stretch it back so every fact finds a version.
            if (team.FirstSeen < versions[0].ValidFrom)
            {
                _connection.Execute(
                    "UPDATE dw.dim_team SET valid_from = $first_seen WHERE team_key = $team_key",
                    new { first_seen = team.FirstSeen, team_key = versions[0].TeamKey!.Value },
                    _transaction);
            }

            var current = versions[^1];
            var wanted = change?.ReportingTeam ?? team.TeamName;
            if (current.ReportingTeam != wanted)
            {
                var from = change?.From ?? asOf;
                if (from <= current.ValidFrom)
                {
                    _connection.Execute(
                        "UPDATE dw.dim_team SET reporting_team = $reporting_team WHERE team_key = $team_key",
                        new { reporting_team = wanted, team_key = current.TeamKey!.Value },
                        _transaction);
                }
                else
                {
                    _connection.Execute(
                        "UPDATE dw.dim_team SET valid_to = $valid_to, is_current = false WHERE team_key = $team_key",
                        new { valid_to = from.AddDays(-1), team_key = current.TeamKey!.Value },
                        _transaction);
                    Insert(team, wanted, from, validTo: null);
                }
            }
        }

        InsertAll();
    }

    private void InsertNew(NamedTeam team, TeamChange? change)
    {
        if (change?.From is { } from && from > team.FirstSeen)
        {
            Insert(team, team.TeamName, team.FirstSeen, from.AddDays(-1));
            Insert(team, change.ReportingTeam, from, validTo: null);
        }
        else
        {
            Insert(team, change?.ReportingTeam ?? team.TeamName, team.FirstSeen, validTo: null);
        }
    }

    private void Insert(NamedTeam team, string reportingTeam, DateOnly validFrom, DateOnly? validTo) =>
        _inserts.Add(new NewVersion(team, reportingTeam, validFrom, validTo));

    /// <summary>Inserts the new versions in the order they were found, so their keys follow that order.</summary>
    private void InsertAll()
    {
        if (_inserts.Count == 0)
        {
            return;
        }

        var sql = new StringBuilder(
            "INSERT INTO dw.dim_team (authority_key, team_name, service_area, reporting_team, valid_from, valid_to, is_current) VALUES ");
        var parameters = new DynamicParameters();
        for (var i = 0; i < _inserts.Count; i++)
        {
            var (team, reportingTeam, validFrom, validTo) = _inserts[i];
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "" : ", ")
               .Append(CultureInfo.InvariantCulture, $"($authority_key{n}, $team_name{n}, $service_area{n}, $reporting_team{n}, $valid_from{n}, $valid_to{n}, $is_current{n})");
            parameters.Add("authority_key" + n, team.AuthorityKey);
            parameters.Add("team_name" + n, team.TeamName);
            parameters.Add("service_area" + n, team.ServiceArea);
            parameters.Add("reporting_team" + n, reportingTeam);
            parameters.Add("valid_from" + n, validFrom);
            parameters.Add("valid_to" + n, validTo);
            parameters.Add("is_current" + n, validTo is null);
        }

        _connection.Execute(sql.ToString(), parameters, _transaction);
        _inserts.Clear();
    }

    private sealed record NewVersion(NamedTeam Team, string ReportingTeam, DateOnly ValidFrom, DateOnly? ValidTo);

    /// <summary>A team the file names, with one of its versions in the warehouse (version columns null for a new team).</summary>
    private sealed class NamedTeam
    {
        public int AuthorityKey { get; init; }

        public string TeamName { get; init; } = string.Empty;

        public string ServiceArea { get; init; } = string.Empty;

        public DateOnly FirstSeen { get; init; }

        public int? TeamKey { get; init; }

        public string? ReportingTeam { get; init; }

        public DateOnly? ValidFrom { get; init; }

        public DateOnly? ValidTo { get; init; }
    }
}
