using System.Collections.Immutable;

namespace Overgang.Rules.Transition;

/// <summary>Collects the reasons of one decision in a stack buffer and copies them once into an exact-size array.</summary>
internal struct ReasonList
{
    private ReasonBuffer _buffer;
    private int _count;

    public void Add(Reason reason)
    {
        _buffer[_count] = reason;
        _count++;
    }

    public readonly ImmutableArray<Reason> ToImmutable()
    {
        ReadOnlySpan<Reason?> filled = _buffer[.._count];
        var array = new Reason[_count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = filled[i]!;
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(array);
    }
}
