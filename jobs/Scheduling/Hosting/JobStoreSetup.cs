using ComplaintsAnalytics.Jobs.Scheduling.Options;
using Quartz;

namespace ComplaintsAnalytics.Jobs.Scheduling.Hosting;

/// <summary>
/// Applies <see cref="JobStoreOptions"/> to a Quartz scheduler: the in-memory store, or Quartz's ADO job store on
/// SQL Server, clustered so that hosts sharing it run each firing once. The tables are
/// <c>warehouse-sql/sqlserver/quartz/tables_sqlServer.sql</c>, or Quartz creates them when asked to.
/// </summary>
internal static class JobStoreSetup
{
    public static void Apply(IQuartzBuilder quartz, JobStoreOptions store)
    {
        if (store.Kind == JobStoreKind.InMemory)
        {
            quartz.UseInMemoryStore();
            return;
        }

        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = store.InstanceName;

            // Each host in a cluster needs an id of its own; Quartz makes one from the machine name and time.
            scheduler.GenerateInstanceId = store.Clustered;
        });
        quartz.UsePersistentStore(persistent =>
        {
            persistent.UseSqlServer(store.ConnectionString!);
            persistent.ConfigureStore(options =>
            {
                options.TablePrefix = store.TablePrefix;

                // Job data are strings only (a warehouse-wait, a marker), so nothing is serialised by type.
                options.StoreJobDataAsStrings = true;
                options.SchemaProvisioning = store.ProvisionSchema ? SchemaProvisioning.CreateIfMissing : SchemaProvisioning.Validate;
            });
            if (store.Clustered)
            {
                persistent.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = store.CheckinInterval;
                    cluster.CheckinMisfireThreshold = store.CheckinInterval * 2;
                });
            }
        });
    }
}
