namespace ComplaintsAnalytics.PowerBI.Tests.SemanticModel;

/// <summary>The shipped semantic model, parsed once, and the catalogue of a freshly migrated warehouse.</summary>
public sealed class SemanticModelFixture
{
    public SemanticModelFixture()
    {
        Model = TabularModel.Load(ShippedProject.Definition);
        using var warehouse = new TemporaryWarehouse(TimeProvider.System);
        Warehouse = WarehouseCatalog.Read(warehouse.Connection);
    }

    internal TabularModel Model { get; }

    internal WarehouseCatalog Warehouse { get; }
}
