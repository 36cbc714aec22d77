using ComplaintsAnalytics.Etl.Warehouse;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

public sealed class QuartzTablesScriptTests
{
    [Fact]
    public void The_Quartz_tables_ship_beside_the_warehouse_scripts_but_are_not_a_migration()
    {
        var script = EmbeddedSql.Read("sqlserver/quartz/tables_sqlServer.sql");

        Assert.DoesNotContain(EmbeddedSql.Migrations("sqlserver"), m => m.Name.Contains("quartz", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("CREATE TABLE quartz.QRTZ_TRIGGERS (", script, StringComparison.Ordinal);
        Assert.Contains("    RETRY_POLICY nvarchar(250) NULL,", script, StringComparison.Ordinal);
        Assert.Equal(15, script.Split("CREATE TABLE quartz.QRTZ_", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain("{0}", script, StringComparison.Ordinal);
    }
}
