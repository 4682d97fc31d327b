using System.Text.Json;

namespace Orkhon.Tests.Cli;

/// <summary>
/// The runtime options the jitted CLI ships with (<c>Orkhon.Cli.runtimeconfig.json</c>, copied beside the tests): they set how
/// soon the extractor's code is optimised and how large the young generation grows, so that removing one is a measured
/// slowdown (BENCHMARKS.md) that a test should catch rather than a benchmark run weeks later.
/// </summary>
public sealed class CliRuntimeOptionsTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Orkhon.Cli.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void JittedCli_CountsCallsAtOnce_AndPromotesAfterTwoThousandCalls()
    {
        var options = ConfigProperties();
        Assert.Equal(0, options.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.Equal(2000, options.GetProperty("System.Runtime.TieredCompilation.CallCountThreshold").GetInt32());
    }

    [Fact]
    public void JittedCli_KeepsDynamicPgoOff_AndTheSmallYoungGeneration()
    {
        var options = ConfigProperties();
        Assert.False(options.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.Equal(16_777_216, options.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
    }
}
