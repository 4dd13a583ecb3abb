from multiprocessing import Pool
from time import sleep

def f(x):
    return x*x

if __name__ == "__main__":
    # start 4 worker processes
    with Pool(processes=4) as pool:
        res = pool.apply_async(f, [10])
        print(res.get(timeout=1))

    pool.close()
    pool.join()
    
