using System.Data;
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

    public TeamDimension(IDbConnection connection, IDbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public void Apply(long runId, MappingProfile profile, DateOnly asOf)
    {
        var usage = _connection.Query<TeamUsage>(EmbeddedSql.Read("duckdb/load/04_team_usage.sql"), new { run_id = runId }, _transaction).ToList();
        if (usage.Count == 0)
        {
            return;
        }

        // Every version of every team the file names, in one query rather than one per team.
        var known = _connection.Query<TeamVersion>(EmbeddedSql.Read("duckdb/load/04_team_versions.sql"), new { run_id = runId }, _transaction)
            .ToLookup(v => (v.AuthorityKey, v.TeamName));
        foreach (var team in usage)
        {
            var versions = known[(team.AuthorityKey, team.TeamName)].OrderBy(v => v.ValidFrom).ToList();
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
                    new { first_seen = team.FirstSeen, team_key = versions[0].TeamKey },
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
                        new { reporting_team = wanted, team_key = current.TeamKey },
                        _transaction);
                }
                else
                {
                    _connection.Execute(
                        "UPDATE dw.dim_team SET valid_to = $valid_to, is_current = false WHERE team_key = $team_key",
                        new { valid_to = from.AddDays(-1), team_key = current.TeamKey },
                        _transaction);
                    Insert(team, wanted, from, validTo: null);
                }
            }
        }
    }

    private void InsertNew(TeamUsage team, TeamChange? change)
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

    private void Insert(TeamUsage team, string reportingTeam, DateOnly validFrom, DateOnly? validTo) =>
        _connection.Execute(
            """
            INSERT INTO dw.dim_team (authority_key, team_name, service_area, reporting_team, valid_from, valid_to, is_current)
            VALUES ($authority_key, $team_name, $service_area, $reporting_team, $valid_from, $valid_to, $is_current)
            """,
            new
            {
                authority_key = team.AuthorityKey,
                team_name = team.TeamName,
                service_area = team.ServiceArea,
                reporting_team = reportingTeam,
                valid_from = validFrom,
                valid_to = validTo,
                is_current = validTo is null,
            },
            _transaction);

    private sealed class TeamUsage
    {
        public int AuthorityKey { get; init; }

        public string TeamName { get; init; } = string.Empty;

        public string ServiceArea { get; init; } = string.Empty;

        public DateOnly FirstSeen { get; init; }
    }

    private sealed class TeamVersion
    {
        public int AuthorityKey { get; init; }

        public string TeamName { get; init; } = string.Empty;

        public int TeamKey { get; init; }

        public string ReportingTeam { get; init; } = string.Empty;

        public DateOnly ValidFrom { get; init; }

        public DateOnly? ValidTo { get; init; }
    }
}
