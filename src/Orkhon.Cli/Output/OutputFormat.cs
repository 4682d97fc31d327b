namespace Orkhon.Cli.Output;

/// <summary>How a verb prints its result: for people (<c>table</c>) or for programs.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Jsonl,
    Csv,
}
