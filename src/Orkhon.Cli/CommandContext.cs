using System.CommandLine;
using Orkhon.Knowledge;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli;

/// <summary>
/// What every verb needs: the open store (created and filled with the knowledge base on first use),
/// the reference tables, and one place that turns expected failures into messages and exit codes.
/// </summary>
internal sealed class CommandContext : IDisposable
{
    private CommandContext(SqliteEventStore store, SyncOutcome sync)
    {
        Store = store;
        KnowledgeBaseSync = sync;
    }

    public SqliteEventStore Store { get; }

    /// <summary>What opening did to the curated events (loaded for the first time, updated, or nothing).</summary>
    public SyncOutcome KnowledgeBaseSync { get; }

    public ReferenceData Reference => ReferenceData.Default;

    public CameoCatalog Cameo => CameoCatalog.Default;

    public static CommandContext Open(ParseResult parse)
    {
        var path = DatabaseLocation.Resolve(parse.GetValue(CommonOptions.Database));
        var store = SqliteEventStore.Open(path);
        try
        {
            var kb = KnowledgeBase.Mongolia;
            var sync = store.SyncCuratedEvents(kb.Events, kb.Version);
            return new CommandContext(store, sync);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Runs a verb, mapping the failures a user can cause to a message on stderr and an exit code.</summary>
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (StoreException e)
        {
            Error(e.Message);
            return ExitCodes.Database;
        }
        catch (DataFileException e)
        {
            Error("the embedded data is invalid (a broken build?):\n" + e.Message);
            return ExitCodes.Database;
        }
    }

    public static void Error(string message) => Console.Error.WriteLine($"orkhon: error: {message}");

    public static void Warning(string message) => Console.Error.WriteLine($"orkhon: warning: {message}");

    public static string Escape(string? text) => Markup.Escape(text ?? "");

    public void Dispose() => Store.Dispose();
}
