using System.Text.Json.Serialization;

namespace Orkhon.Contracts;

/// <summary>
/// The contract records' JSON metadata, generated at compile time: <see cref="ContractJson"/>'s options resolve
/// through it, so <c>--format json|jsonl</c> needs no reflection and runs in a Native AOT build. Every type the
/// command line serialises with those options is listed, as the record and (for row lists) as the list; a type
/// missing here fails at once with "JsonTypeInfo metadata for type … was not provided", which the CLI's JSON
/// tests reach for every command. Naming, escaping and indentation come from the options at run time, not from
/// here, so the bytes are those of the reflection serializer this replaced.
/// </summary>
[JsonSerializable(typeof(ActorRow))]
[JsonSerializable(typeof(IReadOnlyList<ActorRow>))]
[JsonSerializable(typeof(BalancePeriod))]
[JsonSerializable(typeof(IReadOnlyList<BalancePeriod>))]
[JsonSerializable(typeof(CheckReport))]
[JsonSerializable(typeof(ClaimRow))]
[JsonSerializable(typeof(IReadOnlyList<ClaimRow>))]
[JsonSerializable(typeof(ComparisonReport))]
[JsonSerializable(typeof(CountryBalance))]
[JsonSerializable(typeof(IReadOnlyList<CountryBalance>))]
[JsonSerializable(typeof(CorridorReport))]
[JsonSerializable(typeof(DependenceYear))]
[JsonSerializable(typeof(IReadOnlyList<DependenceYear>))]
[JsonSerializable(typeof(EconomicBalancePeriod))]
[JsonSerializable(typeof(IReadOnlyList<EconomicBalancePeriod>))]
[JsonSerializable(typeof(FrameworkRow))]
[JsonSerializable(typeof(IReadOnlyList<FrameworkRow>))]
[JsonSerializable(typeof(FrameworkSource))]
[JsonSerializable(typeof(PivotReport))]
[JsonSerializable(typeof(ReciprocityRow))]
[JsonSerializable(typeof(IReadOnlyList<ReciprocityRow>))]
[JsonSerializable(typeof(ToneRow))]
[JsonSerializable(typeof(IReadOnlyList<ToneRow>))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
