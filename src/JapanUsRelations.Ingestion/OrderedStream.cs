using System.Runtime.ExceptionServices;

namespace JapanUsRelations.Ingestion;

/// <summary>
/// Runs <c>work(0)</c>, <c>work(1)</c>, … on a few dedicated threads, at most <c>ahead</c> items beyond the one the
/// reader is at, and yields the results in index order. A failed item throws its exception when the reader reaches
/// it. Dedicated threads that block while the reader is behind: thread-pool workers given one item at a time spin
/// between items (a fifth of the process's processor time in a profile of the streamed ingestion).
/// </summary>
internal static class OrderedStream
{
    /// <summary>The results of <paramref name="work"/> over <c>0..count-1</c>, in order.</summary>
    public static IEnumerable<T> Of<T>(int count, Func<int, T> work, int workers, int ahead)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        var state = new State<T>(count);
        var threads = new Thread[Math.Clamp(workers, 1, Math.Max(1, count))];
        for (int i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(() => Work(state, work, ahead)) { IsBackground = true, Name = $"ingest-{i + 1}" };
            threads[i].Start();
        }

        try
        {
            for (int i = 0; i < count; i++)
            {
                yield return state.Take(i);
            }
        }
        finally
        {
            state.Stop();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    }

    private static void Work<T>(State<T> state, Func<int, T> work, int ahead)
        where T : class
    {
        while (state.Next(ahead) is int index)
        {
            try
            {
                state.Put(index, work(index), null);
            }
            catch (Exception e)
            {
                state.Put(index, null, ExceptionDispatchInfo.Capture(e));
            }
        }
    }

    private sealed class State<T>(int count)
        where T : class
    {
        private readonly object _gate = new();
        private readonly T?[] _results = new T?[count];
        private readonly ExceptionDispatchInfo?[] _failures = new ExceptionDispatchInfo?[count];
        private readonly bool[] _done = new bool[count];
        private int _next;
        private int _reader;
        private bool _stopped;

        // The next index to work on, once it is within `ahead` of the reader; null when there is none or the reader left.
        public int? Next(int ahead)
        {
            lock (_gate)
            {
                while (!_stopped && _next < _done.Length && _next - _reader >= ahead)
                {
                    Monitor.Wait(_gate);
                }

                return _stopped || _next >= _done.Length ? null : _next++;
            }
        }

        public void Put(int index, T? result, ExceptionDispatchInfo? failure)
        {
            lock (_gate)
            {
                _results[index] = result;
                _failures[index] = failure;
                _done[index] = true;
                Monitor.PulseAll(_gate);
            }
        }

        public T Take(int index)
        {
            lock (_gate)
            {
                while (!_done[index])
                {
                    Monitor.Wait(_gate);
                }

                _reader = index + 1;
                var result = _results[index];
                _results[index] = null;
                Monitor.PulseAll(_gate);
                _failures[index]?.Throw();
                return result!;
            }
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
