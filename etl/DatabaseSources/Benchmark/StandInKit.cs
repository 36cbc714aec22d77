using Microsoft.Data.Sqlite;

namespace ComplaintsAnalytics.Etl.DatabaseSources.Benchmark;

/// <summary>
/// The CaseBook stand-in's files (tests/fixtures/database-sources: schema, generator, pull query, key query,
/// profile), used by <c>pull --bench</c> to build a large invented reporting database and measure pulls from it.
/// </summary>
public sealed class StandInKit
{
    public const string SourceName = "casebook-bench";
    public const string ConnectionStringName = "CaseBookBench";
    private const string RelativeFolder = "tests/fixtures/database-sources";
    private static readonly string[] KitFiles = ["casebook-schema.sql", "casebook-generate.sql", "casebook-complaints.sql", "casebook-keys.sql", "casebook-profile.json"];

    public StandInKit(string folder)
    {
        Folder = Path.GetFullPath(folder);
        var missing = KitFiles
            .Where(name => !File.Exists(Path.Combine(Folder, name)))
            .ToList();
        if (missing.Count > 0)
        {
            throw new DatabaseSourceException($"The stand-in kit in {Folder} lacks {string.Join(", ", missing)}.");
        }
    }

    public string Folder { get; }

    public string QueryPath => Path.Combine(Folder, "casebook-complaints.sql");

    /// <summary>The kit under the repository, from <paramref name="start"/> or one of its parents; null when there is none.</summary>
    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativeFolder);
            if (File.Exists(Path.Combine(candidate, "casebook-generate.sql")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A SQLite connection string for the stand-in at <paramref name="path"/>.</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString;

    /// <summary>Creates a stand-in of <paramref name="rows"/> invented cases (one stage each) at <paramref name="path"/>, replacing any.</summary>
    public void Create(string path, int rows)
    {
        File.Delete(path);
        using var connection = new SqliteConnection(ConnectionString(path));
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        Execute(connection, File.ReadAllText(Path.Combine(Folder, "casebook-schema.sql")));
        using var transaction = connection.BeginTransaction();
        using var generate = connection.CreateCommand();
        generate.Transaction = transaction;
        generate.CommandText = File.ReadAllText(Path.Combine(Folder, "casebook-generate.sql"));
        generate.Parameters.AddWithValue("$rows", rows);
        generate.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>
    /// The floor a pull cannot beat: the same query, from the same watermark floor, through a plain data
    /// reader loop touching every value of every row, and nothing else. Returns the rows read.
    /// </summary>
    public long ReadPlain(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString(path)) { Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(QueryPath);
        command.Parameters.AddWithValue("$since", Watermark.Floor(WatermarkType.Timestamp).ParameterValue(SourceProvider.Sqlite));
        using var reader = command.ExecuteReader();
        long rows = 0;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    /// <summary>The source's settings for a pull from the stand-in, as a council would configure them.</summary>
    public DatabaseSourcesOptions Options()
    {
        var options = new DatabaseSourcesOptions();
        options.Sources[SourceName] = new DatabaseSourceOptions
        {
            Provider = "Microsoft.Data.Sqlite",
            ConnectionStringName = ConnectionStringName,
            Kind = SourceKinds.Cases,
            Query = QueryPath,
            KeyQuery = Path.Combine(Folder, "casebook-keys.sql"),
            Profile = Path.Combine(Folder, "casebook-profile.json"),
            Watermark = new WatermarkOptions { Column = "last_modified", Type = WatermarkType.Timestamp, Overlap = TimeSpan.FromMinutes(30) },
        };
        return options;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
