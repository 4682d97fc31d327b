using System.CommandLine;
using Orkhon.Knowledge;
using Orkhon.Reading;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli;

/// <summary>
/// What every verb needs: the open store (created and filled with the knowledge base on first use),
/// the reference tables, and one place that turns expected failures into messages and exit codes.
/// </summary>
internal sealed class CommandContext : IDisposable
{
    private CommandContext(IEventStore store, SyncOutcome sync, StoreLocation location)
    {
        Store = store;
        KnowledgeBaseSync = sync;
        Location = location;
    }

    public IEventStore Store { get; }

    /// <summary>Where the store lives, as resolved from --db or ORKHON_DB (show only its <see cref="StoreLocation.Display"/>).</summary>
    public StoreLocation Location { get; }

    /// <summary>What opening did to the curated events (loaded for the first time, updated, or nothing).</summary>
    public SyncOutcome KnowledgeBaseSync { get; }

    public ReferenceData Reference => ReferenceData.Default;

    public CameoCatalog Cameo => CameoCatalog.Default;

    /// <summary>
    /// Opens the store for a verb. A reading verb opens the file read-only and takes no lock a writer could
    /// wait on; only when the file is missing, needs migrating, or holds an older knowledge base does it
    /// open for writing, once, to bring the file up to date — and if the file cannot be written it reads
    /// what is there.
    /// </summary>
    public static CommandContext Open(ParseResult parse, StoreAccessMode mode = StoreAccessMode.ReadWrite)
    {
        var location = StoreLocation.Parse(DatabaseLocation.Resolve(parse.GetValue(CommonOptions.Database)));
        var kb = KnowledgeBase.Shipped;
        if (mode == StoreAccessMode.ReadOnly && EventStores.MayExist(location) && TryOpenCurrent(location, kb.Version) is { } current)
        {
            return new CommandContext(current, new SyncOutcome(false, 0, 0), location);
        }

        IEventStore store;
        try
        {
            store = EventStores.Open(location);
        }
        catch (StoreException e) when (mode == StoreAccessMode.ReadOnly && e.Kind is StoreErrorKind.ReadOnly && EventStores.MayExist(location))
        {
            // A read-only store that needs migrating cannot be read by this build: say so (exit 3).
            throw new StoreException(StoreErrorKind.ReadOnly, e.Path, e.Message + "; its schema must be migrated by a run with write access ('orkhon init')", e);
        }

        try
        {
            return new CommandContext(store, store.SyncCuratedEvents(kb.Events, kb.Version), location);
        }
        catch (StoreException e) when (mode == StoreAccessMode.ReadOnly && e.Kind is StoreErrorKind.ReadOnly)
        {
            store.Dispose();
            Warning($"{location.Display}: read-only, so its knowledge base was not updated to version {kb.Version}; showing what it holds");
            return new CommandContext(EventStores.Open(location, StoreAccessMode.ReadOnly), new SyncOutcome(false, 0, 0), location);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static IEventStore? TryOpenCurrent(StoreLocation location, string kbVersion)
    {
        IEventStore store;
        try
        {
            store = EventStores.Open(location, StoreAccessMode.ReadOnly);
        }
        catch (StoreException e) when (e.Kind == StoreErrorKind.NeedsMigration)
        {
            return null;
        }

        if (store.GetKnowledgeBaseVersion() == kbVersion)
        {
            return store;
        }

        store.Dispose();
        return null;
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
            Error(TerminalText.Escape(e.Message));
            return e.Kind == StoreErrorKind.Busy ? ExitCodes.Busy : ExitCodes.Database;
        }
        catch (DataFileException e)
        {
            Error("the embedded data is invalid (a broken build?):\n" + e.Message);
            return ExitCodes.Database;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last line of defence: a bug must still end with one readable line, not a stack trace
            // with build paths, and with its own exit code so scripts can tell it from bad input.
            Error($"internal error ({e.GetType().Name}): {TerminalText.Escape(e.Message)}; please report it with the command that caused it");
            return ExitCodes.InternalError;
        }
    }

    public static void Error(string message) => Console.Error.WriteLine($"orkhon: error: {message}");

    public static void Warning(string message) => Console.Error.WriteLine($"orkhon: warning: {message}");

    public static string Escape(string? text) => Markup.Escape(text ?? "");

    public void Dispose() => Store.Dispose();
}
