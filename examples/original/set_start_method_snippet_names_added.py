import multiprocessing as mp

def foo():
    print("foo ran")

mp.set_start_method('spawn')
p = mp.Process(target=foo, args=())
p.start()
p.join()
