using FsCheck;
using FsCheck.Fluent;
using Orkhon.Analysis;
using Orkhon.Storage;
using Orkhon.Tests.Storage;

namespace Orkhon.Tests.Analysis;

/// <summary>
/// <see cref="AggregateParityTests"/>' property on requests that fall on years, on PostgreSQL: random writes,
/// then the analyses from the dyad-year counts, from the dyad-day counts and from the events must agree. Each
/// case in a schema of its own (<see cref="TestPostgres"/>).
/// </summary>
public sealed class PostgresAggregateParityTests(TestPostgres server)
{
    [Fact]
    public void Property_RequestsOnYears_SameFromYearCountsDayCountsAndEvents()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20), Prop.ForAll(AggregateParityTests.YearCases.ToArbitrary(), c =>
        {
            using var schema = server.CreateSchema();
            using var store = EventStores.Open(StoreLocation.Parse(schema.Url));
            AggregateParityTests.Apply(store, c.Writes);
            Assert.True(YearGrain.Fits(c.From, c.To, AggregateParityTests.OnYears));
            AggregateParityTests.AssertSameAnswers(store, c, AggregateParityTests.WholeYears);
            return true;
        }));
    }
}
