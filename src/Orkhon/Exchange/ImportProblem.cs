namespace Orkhon.Exchange;

/// <summary>A row (or a whole file, <see cref="Line"/> 0) an import could not take, with where and why: <c>file:line: reason</c>.</summary>
/// <param name="Skipped">
/// True for a well-formed row whose event Orkhon cannot hold (one-sided, an actor it does not know, a PLOVER
/// type with no CAMEO equivalent): counted and reported, but not an error and not under <c>--max-errors</c>.
/// </param>
public sealed record ImportProblem(string File, long Line, string Reason, bool Skipped = false)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
