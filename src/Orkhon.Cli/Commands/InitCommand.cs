using System.CommandLine;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon init</c>: create the database (or bring it up to date) and load the knowledge base.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var command = new Command("init", "Create the database if needed, migrate its schema, and load the embedded knowledge base");
        command.SetAction(parse => CommandContext.Run(() =>
        {
            using var context = CommandContext.Open(parse);
            var stats = context.Store.GetStatistics();
            var sync = context.KnowledgeBaseSync;
            AnsiConsole.MarkupLine($"Database [bold]{CommandContext.Escape(context.Store.Location)}[/] (schema {stats.SchemaVersion})");
            AnsiConsole.MarkupLine(sync.Changed
                ? $"Knowledge base loaded: {sync.Upserted} curated events ({sync.Removed} removed), version {stats.KnowledgeBaseVersion}"
                : $"Knowledge base already up to date: {stats.CuratedEvents} curated events, version {stats.KnowledgeBaseVersion}");
            AnsiConsole.MarkupLine($"{stats.Documents} documents, {stats.Sentences} sentences, {stats.Events} events in all" +
                (stats.PloverEvents > 0 ? $", and {stats.PloverEvents} imported PLOVER records with no one CAMEO code (events --plover)" : ""));
            return ExitCodes.Success;
        }));
        return command;
    }
}
