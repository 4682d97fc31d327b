using Orkhon.Domain;

namespace Orkhon.Reading;

/// <summary>The outcome of reading one file: a document, or the problem that stopped it.</summary>
public sealed record ReadResult(Document? Document, ReadProblem? Problem)
{
    public bool IsSuccess => Document is not null;

    public static ReadResult Success(Document document) => new(document, null);

    public static ReadResult Failure(ReadProblem problem) => new(null, problem);
}
