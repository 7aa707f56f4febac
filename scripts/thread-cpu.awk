# Where one run's CPU time went, by thread, and the speed-up on 2 cores
# that the run's serial part leaves possible (Amdahl's bound). Reads
# `perf script --show-task-events -F pid,tid,time,period` of a
# `perf record -e task-clock` run (one sample a `period` nanoseconds of a
# thread's CPU time), so the figures are CPU time, which another process's
# load on the machine changes far less than wall time.
#
# Serial: the main thread's CPU while no worker thread exists (start-up
# before the workers are made; for a merged extract, the merge and the
# writing after they are joined). A worker thread is any thread but the
# main one with more than 1% of the CPU time, so that an idle library
# thread living the whole run does not count. Parallel: everything else,
# with the reading and delivery threads, which share the cores with the
# workers. The bound is T / (S + P / cores). The busiest thread of each
# parallel stretch is shown: one that held more than P / cores (a delivery
# thread doing serial work) would bound it instead, and workers far apart
# mean another process took one of them off its core.
#
# Usage: perf script ... | awk -v cores=2 -f scripts/thread-cpu.awk
BEGIN { if (!cores) cores = 2 }
/PERF_RECORD_FORK/ {
  match($0, /FORK\([0-9]+:[0-9]+\)/); f = substr($0, RSTART + 5, RLENGTH - 6); split(f, ft, ":")
  born[ft[2]] = $2 + 0
  next
}
/PERF_RECORD_EXIT/ {
  split($1, ids, "/"); died[ids[2]] = $2 + 0
  next
}
/PERF_RECORD/ { next }
{
  split($1, ids, "/"); pid = ids[1]; tid = ids[2]
  n++; t[n] = $2 + 0; who[n] = tid; ns[n] = $3 + 0
  cpu[tid] += $3; total += $3
}
END {
  # The workers' lifetimes, merged into stretches (ordered by birth).
  m = 0
  for (tid in cpu) {
    if (tid == pid || cpu[tid] < total / 100) continue
    m++; from[m] = (tid in born) ? born[tid] : 0; to[m] = (tid in died) ? died[tid] : 1e18
  }
  for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++)
    if (from[j] < from[i]) { x = from[i]; from[i] = from[j]; from[j] = x; x = to[i]; to[i] = to[j]; to[j] = x }
  k = 0
  for (i = 1; i <= m; i++) {
    if (k > 0 && from[i] <= end[k]) { if (to[i] > end[k]) end[k] = to[i]; continue }
    k++; start[k] = from[i]; end[k] = to[i]
  }
  serial = 0
  for (s = 1; s <= n; s++) {
    phase = 0
    for (i = 1; i <= k; i++) if (t[s] >= start[i] && t[s] <= end[i]) { phase = i; break }
    if (phase == 0) { serial += ns[s]; serial_of[who[s]] += ns[s]; continue }
    in_phase[phase] += ns[s]; by_thread[phase, who[s]] += ns[s]
  }
  path = serial
  for (i = 1; i <= k; i++) {
    busiest = 0
    for (key in by_thread) { split(key, kt, SUBSEP); if (kt[1] == i && by_thread[key] > busiest) busiest = by_thread[key] }
    share = in_phase[i] / cores
    path += share
    printf "parallel stretch %d: %.0f ms wall, %.0f ms CPU, busiest thread %.0f ms\n", i, (end[i] - start[i]) * 1000, in_phase[i] / 1e6, busiest / 1e6
  }
  for (tid in cpu) printf "thread %s%s: %.0f ms CPU (%.0f ms of it serial)\n", tid, (tid == pid ? " (main)" : ""), cpu[tid] / 1e6, serial_of[tid] / 1e6
  printf "CPU %.0f ms, serial %.0f ms (%.1f%%), Amdahl bound on %d cores %.2fx\n", total / 1e6, serial / 1e6, 100 * serial / total, cores, total / path
}
