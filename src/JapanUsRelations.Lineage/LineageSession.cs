using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using JapanUsRelations.Comparison;
using JapanUsRelations.Comparison.Storage;
using JapanUsRelations.Ingestion.Model;
using JapanUsRelations.Ingestion.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace JapanUsRelations.Lineage;

/// <summary>
/// One ingestion's lineage, beside the writes. The steps are planned before the first edition is written; each
/// written edition a step needs is kept (its blocks and the row ids of its blocks and sections), and a step is handed
/// to the comparison threads (one per core) as soon as both its editions are written. An edition is dropped once
/// every step it is in is compared (a chain keeps about one edition per report). Results are written on the writer's
/// thread, at its next call, in the same transaction. When more than <see cref="InFlight"/> steps wait for a
/// comparison the writer waits too, so a corpus whose comparisons cost more than its writes holds a bounded number of
/// editions instead of all of them.
/// </summary>
internal sealed class LineageSession : ICorpusTableSession
{
    /// <summary>Most steps one comparison thread takes at once (a chain's successive steps share the edition between them).</summary>
    private const int Batch = 8;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly ComparisonOptions _options;
    private readonly ILogger _logger;
    private readonly IReadOnlyList<(Edition Older, Edition Newer)> _steps;
    private readonly Dictionary<string, List<int>> _stepsOf = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly Dictionary<string, KeptEdition> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _uses = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _ready = [];
    private readonly Dictionary<string, EditionChainComparer> _chains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _olderIn = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<StepResult> _results = new();
    private readonly SemaphoreSlim _compared = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread[] _workers;
    private readonly long _start = Stopwatch.GetTimestamp();
    private int _inFlight;
    private int _written;
    private long _compareTicks;
    private long _passages;
    private long _sentences;
    private int _batches;
    private Exception? _failure;
    private bool _finished;
    private bool _noMore;
    private bool _writerWaits;

    public LineageSession(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<(Edition Older, Edition Newer)> steps, ComparisonOptions options, ILogger logger)
    {
        _connection = connection;
        _transaction = transaction;
        _options = options;
        _logger = logger;
        _steps = steps;
        for (int i = 0; i < steps.Count; i++)
        {
            foreach (var edition in new[] { steps[i].Older, steps[i].Newer })
            {
                if (!_stepsOf.TryGetValue(edition.Id, out var list))
                {
                    _stepsOf[edition.Id] = list = [];
                }

                list.Add(i);
                _uses[edition.Id] = _uses.GetValueOrDefault(edition.Id) + 1;
            }

            _olderIn[steps[i].Older.Id] = _olderIn.GetValueOrDefault(steps[i].Older.Id) + 1;
        }

        _workers = new Thread[steps.Count == 0 ? 0 : Math.Min(Environment.ProcessorCount, steps.Count)];
        for (int i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Thread(Compare) { IsBackground = true, Name = $"lineage-{i + 1}" };
            _workers[i].Start();
        }
    }

    /// <summary>Steps handed out and not yet compared before the writer waits.</summary>
    private int InFlight => 2 * Batch * Math.Max(1, _workers.Length);

    /// <inheritdoc />
    public void Written(WrittenEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ThrowIfFailed();
        if (_stepsOf.TryGetValue(edition.Edition.Id, out var steps))
        {
            lock (_gate)
            {
                _kept[edition.Edition.Id] = new KeptEdition(edition);
                foreach (int step in steps)
                {
                    var (older, newer) = _steps[step];
                    string other = string.Equals(older.Id, edition.Edition.Id, StringComparison.Ordinal) ? newer.Id : older.Id;
                    if (_kept.ContainsKey(other))
                    {
                        _ready.Add(step);
                        Interlocked.Increment(ref _inFlight);
                    }
                }

                // A comparison thread takes a whole batch (or anything once the writer waits): wake them only then.
                if (_ready.Count >= Batch || (_writerWaits && _ready.Count > 0))
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }

        WriteCompared();
        if (Volatile.Read(ref _inFlight) > InFlight)
        {
            Signal(writerWaits: true);
            while (Volatile.Read(ref _inFlight) > InFlight)
            {
                _compared.Wait();
                ThrowIfFailed();
                WriteCompared();
            }

            Signal(writerWaits: false);
        }
    }

    /// <inheritdoc />
    public void Finish()
    {
        Signal(noMore: true);
        long waitFrom = Stopwatch.GetTimestamp();
        while (_workers.Any(w => w.IsAlive))
        {
            _compared.Wait(TimeSpan.FromMilliseconds(50));
            ThrowIfFailed();
            WriteCompared();
        }

        ThrowIfFailed();
        WriteCompared();
        if (_written != _steps.Count)
        {
            throw new InvalidOperationException($"lineage: {_written} of {_steps.Count} steps were compared; an edition a step needs was never written");
        }

        _finished = true;
        var waited = Stopwatch.GetElapsedTime(waitFrom);
        _logger.LogInformation(
            "Lineage: {Steps} editions compared with their predecessors in {CompareMs} ms of comparison threads beside the writes ({Threads} threads, {Batches} batches), {Links} passage links and {Sentences} sentence links written; {WaitMs} ms after the last edition was written, {TotalMs} ms in all",
            _steps.Count, (long)Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _compareTicks)).TotalMilliseconds, _workers.Length, _batches, _passages, _sentences,
            (long)waited.TotalMilliseconds, (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_finished)
        {
            _stop.Cancel();
        }

        Signal(noMore: true);
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _compared.Dispose();
        _stop.Dispose();
    }

    // On the writer's thread: the rows of every step compared since the last call.
    private void WriteCompared()
    {
        while (_results.TryDequeue(out var result))
        {
            StepRows.Write(_connection, _transaction, result);
            _written++;
            _passages += result.Passages.Count;
            _sentences += result.Sentences.Count;
        }
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    // Sets what the comparison threads wait on and wakes them (a call without arguments wakes them to see a stop).
    private void Signal(bool? writerWaits = null, bool noMore = false)
    {
        lock (_gate)
        {
            _writerWaits = writerWaits ?? _writerWaits;
            _noMore |= noMore;
            Monitor.PulseAll(_gate);
        }
    }

    // The next steps to compare: the lowest ready ones in timeline order, once a whole batch is ready (a chain's
    // successive steps, so each edition is prepared once), or whatever is ready when the writer waits for the
    // comparisons or has written everything; none when there is nothing left to do.
    private List<int>? Take()
    {
        lock (_gate)
        {
            while (true)
            {
                if (_stop.IsCancellationRequested)
                {
                    return null;
                }

                if (_ready.Count >= Batch || (_ready.Count > 0 && (_writerWaits || _noMore)))
                {
                    var batch = _ready.Take(Batch).ToList();
                    _ready.ExceptWith(batch);
                    return batch;
                }

                if (_noMore)
                {
                    return null;
                }

                Monitor.Wait(_gate);
            }
        }
    }

    // A comparison thread: compares the steps it takes (a chain's next step reuses the edition its previous step
    // prepared), queues their rows and drops the editions no step needs now.
    private void Compare()
    {
        try
        {
            while (Take() is { } batch)
            {
                Interlocked.Increment(ref _batches);
                var kept = new (KeptEdition Older, KeptEdition Newer)[batch.Count];
                lock (_gate)
                {
                    for (int j = 0; j < batch.Count; j++)
                    {
                        kept[j] = (_kept[_steps[batch[j]].Older.Id], _kept[_steps[batch[j]].Newer.Id]);
                    }
                }

                var steps = kept.Select(k => new WrittenStep(k.Older.Blocks, k.Newer.Blocks)).ToArray();
                var pairs = kept.Select(k => (Older: k.Older.Written.Edition, Newer: k.Newer.Written.Edition)).ToArray();

                long start = Stopwatch.GetTimestamp();
                for (int j = 0; j < batch.Count; j++)
                {
                    var (olderId, newerId) = (_steps[batch[j]].Older.Id, _steps[batch[j]].Newer.Id);
                    var chain = TakeChain(olderId);
                    var comparison = chain.Compare(pairs[j].Older, pairs[j].Newer);
                    var step = steps[j];
                    var (passages, sections, sentences) = StepLinks.Of(comparison, step);
                    _results.Enqueue(new StepResult(
                        step.Newer.Written.RowId, step.Older.Written.RowId, comparison.ChangedShare, comparison.RawChangedShare, ComparisonCodec.Encode(comparison),
                        passages, sections, sentences));
                    PutChain(newerId, chain);
                    Release(_steps[batch[j]]);
                    Interlocked.Decrement(ref _inFlight);
                    _compared.Release();
                }

                Interlocked.Add(ref _compareTicks, Stopwatch.GetTimestamp() - start);
            }
        }
        catch (Exception e)
        {
            var cause = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
            Interlocked.CompareExchange(ref _failure, cause, null);
            _stop.Cancel();
            Signal();
            _compared.Release();
        }
    }

    // The comparer whose last pair ended with the step's older edition (its prepared side and section scores reused:
    // a report's chain is compared pair after pair however the reports' editions interleave), or a new one.
    private EditionChainComparer TakeChain(string olderId)
    {
        lock (_gate)
        {
            _olderIn[olderId]--;
            return _chains.Remove(olderId, out var chain) ? chain : new EditionChainComparer(_options);
        }
    }

    // Keeps a comparer for the step that starts at the edition it last compared, while such a step is still to come.
    private void PutChain(string newerId, EditionChainComparer chain)
    {
        lock (_gate)
        {
            if (_olderIn.GetValueOrDefault(newerId) > 0)
            {
                _chains[newerId] = chain;
            }
        }
    }

    // A step is compared: each of its editions is dropped when no other step needs it.
    private void Release((Edition Older, Edition Newer) step)
    {
        lock (_gate)
        {
            foreach (string id in new[] { step.Older.Id, step.Newer.Id })
            {
                if (--_uses[id] == 0)
                {
                    _kept.Remove(id);
                    _uses.Remove(id);
                }
            }
        }
    }
}
